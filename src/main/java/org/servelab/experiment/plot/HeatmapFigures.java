package org.servelab.experiment.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.PolicyConfig;
import org.servelab.experiment.SweepRow;
import org.servelab.experiment.ValueLists;

/**
 * The Queue_num x Quantum_rate heatmap of an MLFQ policy: one grid per setting (load or rate, and CV) of the
 * sweep that is not overloaded, at most {@link #MAX_GRIDS}, each with the same setting's FCFS as its reference
 * when FCFS ran. Cells show the mean JCT; their colour shows it divided by FCFS's (or, without FCFS, by the
 * grid's best cell), on one scale for every grid.
 */
final class HeatmapFigures {

    /** Grids one figure shows at most; a larger sweep shows the heaviest calm load of each CV. */
    static final int MAX_GRIDS = 6;

    private record Setting(double x, double cv) {
    }

    private HeatmapFigures() {
    }

    /** The policy's heatmap, or {@code null} when it has no MLFQ knobs or the sweep varies neither. */
    static HeatmapFigure of(RowGroups g, String policy) {
        TreeSet<Integer> queues = new TreeSet<>();
        TreeSet<Double> rates = new TreeSet<>();
        for (PolicyConfig c : g.configsOf(policy)) {
            if (!c.isMlfq()) {
                return null;
            }
            queues.add(c.queues());
            rates.add(c.quantumRate());
        }
        if (queues.size() < 2 && rates.size() < 2) {
            return null;
        }
        PolicyConfig best = g.best(policy);
        List<Setting> settings = settings(g);
        double max = 0;
        List<List<List<Double>>> means = new ArrayList<>();
        for (Setting s : settings) {
            List<List<Double>> grid = new ArrayList<>();
            for (int q : queues) {
                List<Double> row = new ArrayList<>();
                for (double r : rates) {
                    double mean = mean(g.rows(new PolicyConfig(policy, q, r, best.quantum()), s.x, s.cv));
                    row.add(mean);
                    if (!Double.isNaN(mean)) {
                        max = Math.max(max, mean);
                    }
                }
                grid.add(row);
            }
            means.add(grid);
        }
        DisplayUnit unit = DisplayUnit.forMax(max, g.timeUnit());
        boolean fcfs = g.has("fcfs");
        List<HeatmapFigure.Grid> grids = new ArrayList<>();
        for (int k = 0; k < settings.size(); k++) {
            Setting s = settings.get(k);
            List<List<Double>> cells = new ArrayList<>();
            double lowest = Double.POSITIVE_INFINITY;
            for (List<Double> row : means.get(k)) {
                List<Double> scaled = new ArrayList<>();
                for (double v : row) {
                    scaled.add(v * unit.factor());
                    lowest = Math.min(lowest, Double.isNaN(v) ? lowest : v * unit.factor());
                }
                cells.add(scaled);
            }
            double reference;
            String referenceNote;
            if (fcfs) {
                reference = mean(g.rows(g.best("fcfs"), s.x, s.cv)) * unit.factor();
                referenceNote = "FCFS: " + NumberText.of(Math.rint(reference * 10) / 10) + " " + unit.symbol();
            } else {
                reference = lowest;
                referenceNote = "";
            }
            grids.add(new HeatmapFigure.Grid(g.xTitle(s.x) + ", " + g.cvTitle(s.cv)
                    + (g.overloadedAt(s.x, s.cv) ? " (overloaded)" : ""), cells, reference, referenceNote));
        }
        List<String> rowNames = new ArrayList<>();
        queues.forEach(q -> rowNames.add(Integer.toString(q)));
        List<String> colNames = new ArrayList<>();
        rates.forEach(r -> colNames.add(NumberText.of(r)));
        String quantum = Double.isNaN(best.quantum()) ? ValueLists.AUTO + " (smallest iteration time)"
                : NumberText.of(best.quantum()) + " " + g.timeUnit();
        String note = "Mean JCT, mean over " + g.seeds() + (g.seeds() == 1 ? " seed" : " seeds") + "; Quantum "
                + quantum + ". Lower is better; the best cell of each grid is outlined."
                + (fcfs ? " Colour: the cell's mean JCT divided by FCFS's at the same setting (below 1: faster than "
                        + "FCFS)." : " Colour: the cell's mean JCT divided by its grid's best cell.");
        return new HeatmapFigure("heatmap-" + policy + ".png", policy + ": mean JCT by Queue_num and Quantum_rate",
                note, "Queue_num", "Quantum_rate", rowNames, colNames, grids, "mean JCT (" + unit.symbol() + ")",
                fcfs ? "mean JCT ÷ FCFS's" : "mean JCT ÷ the grid's best");
    }

    /**
     * Every (load or rate, CV) of the sweep with no overloaded run, CV by CV, lightest load first; when there
     * are more than {@link #MAX_GRIDS}, the heaviest calm load of each CV (the burstiest CVs when even those are
     * too many). When every point is overloaded, the lightest.
     */
    private static List<Setting> settings(RowGroups g) {
        List<Setting> calm = new ArrayList<>();
        for (double cv : g.cvs()) {
            for (double x : g.xs()) {
                if (!g.overloadedAt(x, cv)) {
                    calm.add(new Setting(x, cv));
                }
            }
        }
        if (calm.isEmpty()) {
            return List.of(new Setting(g.xs().get(0), g.cvs().get(g.cvs().size() - 1)));
        }
        if (calm.size() <= MAX_GRIDS) {
            return calm;
        }
        List<Setting> heaviest = new ArrayList<>();
        for (double cv : g.cvs()) {
            double x = g.highestCalmX(cv);
            if (!Double.isNaN(x)) {
                heaviest.add(new Setting(x, cv));
            }
        }
        return heaviest.subList(Math.max(0, heaviest.size() - MAX_GRIDS), heaviest.size());
    }

    private static double mean(List<SweepRow> rows) {
        return rows.stream().mapToDouble(r -> r.summary().averageJct()).average().orElse(Double.NaN);
    }
}
