package org.servelab.experiment.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.servelab.experiment.SweepRow;

/**
 * The figures a sweep's rows call for. Each is drawn only when the grid varies what it shows:
 * <ul>
 *   <li>{@code jct-vs-load.png} (or {@code -rate}): mean and p99 JCT against load, one line per policy, one
 *       column per CV; with two or more loads;</li>
 *   <li>{@code ratio-vs-load.png}: skip-join MLFQ's and plain MLFQ's JCT divided by FCFS's, one line per CV,
 *       one panel per policy and metric; when FCFS and either ran;</li>
 *   <li>{@code jct-vs-cv.png}: JCT against the arrivals' CV; with two or more CVs;</li>
 *   <li>{@code jct-vs-quantum.png}: JCT against Quantum; with two or more quanta;</li>
 *   <li>{@code heatmap-POLICY.png}: mean JCT over Queue_num x Quantum_rate, one grid per load and CV (coloured
 *       by the ratio to FCFS when it ran); with two or more of either.</li>
 * </ul>
 * Every point is the mean over seeds with whiskers from the lowest to the highest seed. Overloaded points
 * (load 1 or more) are left out of the lines: their JCTs grow with the number of jobs and say nothing about
 * the policy.
 */
public final class FigureSet {

    /** The names of the files {@link #of} can make, and no others. */
    private static final Pattern FILE_NAMES =
            Pattern.compile("(jct-vs-(load|rate|cv|quantum)|ratio-vs-(load|rate)|heatmap-[a-z0-9][a-z0-9-]*)\\.png");

    private FigureSet() {
    }

    /** Whether a file of this name could be one of these figures (so a new sweep may replace or remove it). */
    public static boolean isFigureFile(String name) {
        return FILE_NAMES.matcher(name).matches();
    }

    public static List<Figure> of(List<SweepRow> rows) {
        List<Figure> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        boolean batching = rows.stream().anyMatch(r -> r.serving() != null);
        if (batching) {
            out.addAll(ServingFigures.of(rows));
            if (!oneVariant(rows)) {
                return out;
            }
        }
        RowGroups g = new RowGroups(rows);
        if (g.xs().size() >= 2) {
            out.add(LineFigures.jctVsX(g));
            if (!LineFigures.ratioPolicies(g).isEmpty()) {
                out.add(LineFigures.ratioVsX(g));
            }
        }
        if (g.cvs().size() >= 2) {
            out.add(LineFigures.jctVsCv(g));
        }
        if (LineFigures.quanta(g).size() >= 2) {
            out.add(LineFigures.jctVsQuantum(g));
        }
        for (String policy : g.policies()) {
            HeatmapFigure h = HeatmapFigures.of(g, policy);
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether every row has the same batching settings, cost model and order (only the policy and workload vary). */
    private static boolean oneVariant(List<SweepRow> rows) {
        java.util.Set<String> v = new java.util.HashSet<>();
        java.util.Set<String> fcfsModes = new java.util.HashSet<>();
        for (SweepRow r : rows) {
            if (r.serving() != null && r.config().policy().equals("fcfs")) {
                fcfsModes.add(r.serving().mode());
            }
            // the batching mode belongs to fcfs alone, so it does not make a second variant
            v.add((r.serving() == null ? "" : r.serving().withMode("").label()) + "|" + r.costModel() + "|" + r.order());
        }
        return v.size() == 1 && fcfsModes.size() <= 1;
    }
}
