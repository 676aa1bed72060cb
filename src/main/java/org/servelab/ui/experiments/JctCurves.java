package org.servelab.ui.experiments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.ServingConfig;
import org.servelab.experiment.SweepRow;

/**
 * The live chart's lines: mean JCT against the swept load (or rate), one line per policy configuration (and
 * per CV when the rows have several), each point the mean over the seeds finished so far. Overloaded rows
 * are left out, as in the sweep's figures: their JCTs grow with the number of jobs.
 */
final class JctCurves {

    /** One line: its name and its points, {@code {x, mean JCT}}, by ascending x. */
    record Curve(String name, List<double[]> points) {
    }

    private JctCurves() {
    }

    /**
     * The lines, in grid order (by the smallest grid index among their rows), so that a line keeps its
     * place, and so its colour, whatever order the runs finish in.
     */
    static List<Curve> of(List<SweepRow> rows) {
        Set<Double> cvs = new HashSet<>();
        rows.forEach(r -> cvs.add(r.cv()));
        List<Set<String>> seen = new ArrayList<>();
        for (SweepRow r : rows) {
            List<String> parts = parts(r);
            for (int i = 0; i < parts.size(); i++) {
                if (seen.size() <= i) {
                    seen.add(new HashSet<>());
                }
                seen.get(i).add(parts.get(i));
            }
        }
        Map<String, TreeMap<Double, double[]>> sums = new LinkedHashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (SweepRow r : rows) {
            StringBuilder name = new StringBuilder(name(r, cvs.size() > 1));
            List<String> parts = parts(r);
            for (int i = 0; i < parts.size(); i++) {
                if (seen.get(i).size() > 1) {
                    name.append(", ").append(parts.get(i));
                }
            }
            add(name.toString(), r, sums, first);
        }
        return curves(sums, first);
    }

    private static void add(String name, SweepRow r, Map<String, TreeMap<Double, double[]>> sums,
                            Map<String, Integer> first) {
        first.merge(name, r.index(), Math::min);
        TreeMap<Double, double[]> line = sums.computeIfAbsent(name, k -> new TreeMap<>());
        if (r.overloaded()) {
            return;
        }
        double[] s = line.computeIfAbsent(r.x(), k -> new double[2]);
        s[0] += r.summary().averageJct();
        s[1]++;
    }

    private static List<Curve> curves(Map<String, TreeMap<Double, double[]>> sums, Map<String, Integer> first) {
        List<Curve> out = new ArrayList<>();
        sums.forEach((name, line) -> {
            List<double[]> pts = new ArrayList<>();
            line.forEach((x, s) -> pts.add(new double[] {x, s[0] / s[1]}));
            out.add(new Curve(name, pts));
        });
        out.sort(Comparator.comparingInt(c -> first.get(c.name())));
        return out;
    }

    /** The batching settings, cost model and order of a row, in words: what else a line may differ by. */
    private static List<String> parts(SweepRow r) {
        List<String> out = new ArrayList<>();
        out.add(r.costModel());
        out.add("order " + r.order());
        ServingConfig s = r.serving();
        if (s != null) {
            out.add("batch " + s.maxBatch());
            out.add(s.maxBatchTokens() + " tokens");
            out.add(s.mode());
            out.add(s.preemption());
            out.add(s.kvBlocks() < 0 ? "auto KV" : s.kvBlocks() + " KV blocks");
            out.add(s.maxOutput() < 0 ? "no output cap" : "max output " + s.maxOutput());
            out.add(s.maxWaiting() < 0 ? "no waiting limit" : "max waiting " + s.maxWaiting());
            out.add(s.timeout() == Double.POSITIVE_INFINITY ? "no timeout" : "timeout " + NumberText.of(s.timeout()));
            out.add(s.speculative() ? "g=" + s.draftLength() + ", a=" + NumberText.of(s.acceptance()) + ", c="
                    + NumberText.of(s.draftCost()) : "no speculation");
        }
        return out;
    }

    private static String name(SweepRow r, boolean withCv) {
        String config = r.config().isMlfq() ? r.config().label() : r.config().policy();
        return withCv ? config + ", CV " + NumberText.of(r.cv()) : config;
    }
}
