package org.servelab.experiment.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.PolicyConfig;
import org.servelab.experiment.SweepRow;

/** The line-chart figures of {@link FigureSet}. */
final class LineFigures {

    private static final int MAX_COLUMNS = 4;
    private static final Metric[] METRICS = {Metric.MEAN_JCT, Metric.P99_JCT};

    private LineFigures() {
    }

    static LineFigure jctVsX(RowGroups g) {
        List<Double> cvs = pick(g.cvs(), MAX_COLUMNS);
        DisplayUnit unit = unit(g);
        List<Panel> panels = new ArrayList<>();
        for (Metric m : METRICS) {
            for (double cv : cvs) {
                List<Series> series = new ArrayList<>();
                for (String policy : g.policies()) {
                    PolicyConfig c = g.best(policy);
                    List<SpreadPoint> pts = new ArrayList<>();
                    for (double x : g.xs()) {
                        add(pts, x, g.values(c, x, cv, m.read()), unit.factor());
                    }
                    series.add(new Series(g.seriesName(policy), pts));
                }
                panels.add(new Panel(m.words() + ", " + g.cvTitle(cv), g.xLabel(), yLabel(m, unit), series, Double.NaN));
            }
        }
        return new LineFigure("jct-vs-" + g.xWord() + ".png", "Job completion time against " + g.xWord()
                + ", per policy", note(g), panels, cvs.size());
    }

    /** The MLFQ policies of the sweep that a ratio to FCFS is drawn for, skip-join first. */
    static List<String> ratioPolicies(RowGroups g) {
        List<String> out = new ArrayList<>();
        for (String p : List.of("skip-join-mlfq", "mlfq")) {
            if (g.has(p)) {
                out.add(p);
            }
        }
        return g.has("fcfs") ? out : List.of();
    }

    static LineFigure ratioVsX(RowGroups g) {
        PolicyConfig fcfs = g.best("fcfs");
        List<String> policies = ratioPolicies(g);
        List<Panel> panels = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Metric m : METRICS) {
            for (String policy : policies) {
                PolicyConfig c = g.best(policy);
                List<Series> series = new ArrayList<>();
                for (double cv : pick(g.cvs(), 6)) {
                    List<SpreadPoint> pts = new ArrayList<>();
                    for (double x : g.xs()) {
                        add(pts, x, ratios(g, c, fcfs, x, cv, m), 1);
                    }
                    series.add(new Series(g.cvTitle(cv), pts));
                }
                panels.add(new Panel(m.words() + ": " + words(policy) + " ÷ FCFS", g.xLabel(),
                        m.words() + " ratio (below 1: faster)", series, 1.0));
            }
        }
        for (String policy : policies) {
            labels.add(words(policy) + " as " + g.best(policy).label());
        }
        String title = policies.size() == 1 ? words(policies.get(0)) + " against FCFS" : "MLFQ against FCFS";
        return new LineFigure("ratio-vs-" + g.xWord() + ".png", title, String.join("; ", labels)
                + ". Each point: the ratio per seed, mean over " + g.seeds()
                + " seeds, whiskers from the lowest to the highest seed. Overloaded points (load ≥ 1) not drawn.",
                panels, Math.max(2, policies.size()));
    }

    private static String words(String policy) {
        return policy.equals("skip-join-mlfq") ? "skip-join MLFQ" : policy.equals("mlfq") ? "plain MLFQ" : policy;
    }

    static LineFigure jctVsCv(RowGroups g) {
        List<Double> xs = pick(calmXs(g), 3);
        DisplayUnit unit = unit(g);
        List<Panel> panels = new ArrayList<>();
        for (Metric m : METRICS) {
            for (double x : xs) {
                List<Series> series = new ArrayList<>();
                for (String policy : g.policies()) {
                    PolicyConfig c = g.best(policy);
                    List<SpreadPoint> pts = new ArrayList<>();
                    for (double cv : g.cvs()) {
                        add(pts, cv, g.values(c, x, cv, m.read()), unit.factor());
                    }
                    series.add(new Series(g.seriesName(policy), pts));
                }
                panels.add(new Panel(m.words() + ", " + g.xTitle(x), "coefficient of variation of the arrival gaps (CV)",
                        yLabel(m, unit), series, Double.NaN));
            }
        }
        return new LineFigure("jct-vs-cv.png", "Job completion time against burstiness (CV), per policy", note(g),
                panels, Math.max(1, xs.size()));
    }

    static LineFigure jctVsQuantum(RowGroups g) {
        List<Double> quanta = quanta(g);
        List<Double> cvs = pick(g.cvs(), MAX_COLUMNS);
        double x = highestCalmForAll(g);
        DisplayUnit unit = unit(g);
        List<Panel> panels = new ArrayList<>();
        for (Metric m : METRICS) {
            for (double cv : cvs) {
                List<Series> series = new ArrayList<>();
                for (String policy : g.policies()) {
                    PolicyConfig best = g.best(policy);
                    List<SpreadPoint> pts = new ArrayList<>();
                    for (double q : quanta) {
                        PolicyConfig c = best.isMlfq() ? new PolicyConfig(policy, best.queues(), best.quantumRate(), q) : best;
                        add(pts, q, g.values(c, x, cv, m.read()), unit.factor());
                    }
                    String name = best.isMlfq() ? policy + " (Q=" + best.queues() + ", r="
                            + NumberText.of(best.quantumRate()) + ")" : policy;
                    series.add(new Series(name, pts));
                }
                panels.add(new Panel(m.words() + ", " + g.xTitle(x) + ", " + g.cvTitle(cv),
                        "Quantum of Q1 (" + g.timeUnit() + ")", yLabel(m, unit), series, Double.NaN));
            }
        }
        return new LineFigure("jct-vs-quantum.png", "Job completion time against the Quantum", note(g), panels,
                cvs.size());
    }

    /** The numeric quanta the MLFQ configurations were asked for ({@code auto} left out), ascending. */
    static List<Double> quanta(RowGroups g) {
        TreeSet<Double> out = new TreeSet<>();
        for (PolicyConfig c : g.configs()) {
            if (c.isMlfq() && !Double.isNaN(c.quantum())) {
                out.add(c.quantum());
            }
        }
        return new ArrayList<>(out);
    }

    private static List<Double> ratios(RowGroups g, PolicyConfig a, PolicyConfig b, double x, double cv, Metric m) {
        Map<Long, SweepRow> bySeed = new HashMap<>();
        for (SweepRow r : g.rows(b, x, cv)) {
            bySeed.put(r.seed(), r);
        }
        List<Double> out = new ArrayList<>();
        for (SweepRow r : g.rows(a, x, cv)) {
            SweepRow other = bySeed.get(r.seed());
            if (r.overloaded() || other == null) {
                return List.of();
            }
            out.add(m.read().applyAsDouble(r) / m.read().applyAsDouble(other));
        }
        return out;
    }

    private static void add(List<SpreadPoint> pts, double x, List<Double> values, double factor) {
        if (!values.isEmpty()) {
            pts.add(SpreadPoint.of(x, values, factor));
        }
    }

    private static List<Double> calmXs(RowGroups g) {
        List<Double> out = new ArrayList<>();
        for (double x : g.xs()) {
            boolean calm = true;
            for (double cv : g.cvs()) {
                calm &= !g.overloadedAt(x, cv);
            }
            if (calm) {
                out.add(x);
            }
        }
        return out.isEmpty() ? List.of(g.xs().get(0)) : out;
    }

    static double highestCalmForAll(RowGroups g) {
        List<Double> calm = calmXs(g);
        return calm.get(calm.size() - 1);
    }

    /** At most {@code k} values spread evenly over {@code values}, always keeping the first and last. */
    static List<Double> pick(List<Double> values, int k) {
        if (values.size() <= k) {
            return values;
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(values.get((int) Math.round(i * (values.size() - 1) / (double) (k - 1))));
        }
        return out;
    }

    private static DisplayUnit unit(RowGroups g) {
        double max = 0;
        for (PolicyConfig c : g.configs()) {
            for (double x : g.xs()) {
                for (double cv : g.cvs()) {
                    for (double v : g.values(c, x, cv, Metric.P99_JCT.read())) {
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return DisplayUnit.forMax(max, g.timeUnit());
    }

    private static String yLabel(Metric m, DisplayUnit unit) {
        return m.words() + " (" + unit.symbol() + ")";
    }

    private static String note(RowGroups g) {
        boolean picked = false;
        for (String p : g.policies()) {
            picked |= g.configsOf(p).size() > 1;
        }
        return "Lines: mean over " + g.seeds() + (g.seeds() == 1 ? " seed" : " seeds")
                + (g.seeds() > 1 ? "; whiskers: lowest to highest seed" : "")
                + ". Overloaded points (load ≥ 1) not drawn."
                + (picked ? " MLFQ policies drawn with their best configuration of the sweep." : "");
    }
}
