package org.servelab.experiment.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.SweepRow;
import org.servelab.workload.generate.Target;

/**
 * The figures of a batching sweep, whatever it varies. The x axis is the rate (or load) when it varies, else
 * the first numeric setting that does (acceptance, max batch tokens, max output, ...). Lines are one per order
 * when it varies, else one per max batch when it varies (else one per the first other setting that does);
 * every other varying setting gets its own panel. Each point is the mean over seeds, whiskers from the lowest to the highest seed.
 * <ul>
 *   <li>{@code total-time-vs-X.png}: first send to last completion, with the sending bound N / rate;</li>
 *   <li>{@code latency-vs-X[-k].png}: mean and p99 of JCT, TTFT and ITL, one file per panel setting;</li>
 *   <li>{@code lost-vs-X.png}: dropped requests, when any was dropped;</li>
 *   <li>{@code heatmap-batch-rate[-k].png}: total time over max batch x rate, with a colour scale;</li>
 *   <li>{@code speedup-vs-acceptance.png}: speculative decoding's speed-up over the same run without it.</li>
 * </ul>
 */
final class ServingFigures {

    private static final int MAX_PANELS = 8;
    private static final int MAX_LATENCY_FILES = 6;
    private static final ServingAxis[] X_CHOICES = {ServingAxis.ACCEPTANCE, ServingAxis.MAX_BATCH_TOKENS,
        ServingAxis.MAX_OUTPUT, ServingAxis.KV_BLOCKS, ServingAxis.MAX_WAITING, ServingAxis.DRAFT_LENGTH,
        ServingAxis.TIMEOUT, ServingAxis.DRAFT_COST, ServingAxis.MAX_BATCH, ServingAxis.CV};
    private static final ServingAxis[] SERIES_CHOICES = {ServingAxis.ORDER, ServingAxis.MAX_BATCH, ServingAxis.POLICY,
        ServingAxis.MODE, ServingAxis.PREEMPTION, ServingAxis.MAX_OUTPUT, ServingAxis.MAX_BATCH_TOKENS,
        ServingAxis.KV_BLOCKS, ServingAxis.DRAFT_LENGTH, ServingAxis.ACCEPTANCE, ServingAxis.MAX_WAITING,
        ServingAxis.TIMEOUT, ServingAxis.DRAFT_COST, ServingAxis.COST_MODEL, ServingAxis.CV};

    /** A plotted serving metric. */
    private enum Stat {
        TOTAL_TIME("total time", true, r -> r.metrics().totalTime()),
        MEAN_JCT("mean JCT", true, r -> r.summary().averageJct()),
        P99_JCT("p99 JCT", true, r -> r.summary().p99Jct()),
        MEAN_TTFT("mean TTFT", true, r -> r.summary().averageTtft()),
        P99_TTFT("p99 TTFT", true, r -> r.summary().p99Ttft()),
        MEAN_ITL("mean ITL", true, r -> r.metrics().averageItl()),
        P99_ITL("p99 ITL", true, r -> r.metrics().p99Itl()),
        LOST("lost requests", false, r -> r.metrics().lost()),
        TPOT_SPEEDUP("decoding speed-up (mean TPOT)", false, r -> r.metrics().averageTpot()),
        TOTAL_SPEEDUP("total-time speed-up", false, r -> r.metrics().totalTime());

        final String words;
        final boolean time;
        final ToDoubleFunction<SweepRow> read;

        Stat(String words, boolean time, ToDoubleFunction<SweepRow> read) {
            this.words = words;
            this.time = time;
            this.read = read;
        }
    }

    private final List<SweepRow> rows;
    private final List<ServingAxis> varying = new ArrayList<>();
    private final ServingAxis xAxis;
    private final ServingAxis seriesAxis;
    private final List<ServingAxis> panelAxes = new ArrayList<>();
    private final String timeUnit;
    private final Target.Kind target;
    private final int jobs;

    private ServingFigures(List<SweepRow> rows) {
        this.rows = rows;
        for (ServingAxis a : ServingAxis.values()) {
            if (distinct(a).size() > 1) {
                varying.add(a);
            }
        }
        if (varying.contains(ServingAxis.POLICY)) {
            // fcfs's mode is part of its policy's name ("fcfs, chunked"): one axis, not two
            varying.remove(ServingAxis.MODE);
        }
        Set<Double> xs = new TreeSet<>();
        rows.forEach(r -> xs.add(r.x()));
        ServingAxis x = null;
        if (xs.size() < 2) {
            for (ServingAxis a : X_CHOICES) {
                if (varying.contains(a) && numbers(a).size() > 1) {
                    x = a;
                    break;
                }
            }
        }
        this.xAxis = x;
        ServingAxis s = null;
        for (ServingAxis a : SERIES_CHOICES) {
            if (varying.contains(a) && a != x) {
                s = a;
                break;
            }
        }
        this.seriesAxis = s;
        for (ServingAxis a : varying) {
            if (a != x && a != s) {
                panelAxes.add(a);
            }
        }
        this.timeUnit = rows.get(0).timeUnit();
        this.target = rows.get(0).target();
        int n = 0;
        for (SweepRow r : rows) {
            n = Math.max(n, r.summary().jobs() + r.metrics().lost());
        }
        this.jobs = n;
    }

    /** The figures of the rows (all from a batching sweep). */
    static List<Figure> of(List<SweepRow> rows) {
        List<Figure> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        ServingFigures f = new ServingFigures(rows);
        if (!f.hasX()) {
            return out;
        }
        out.add(f.totalTime());
        out.addAll(f.latency());
        if (rows.stream().anyMatch(r -> r.metrics().lost() > 0)) {
            out.add(f.simple("lost-vs-" + f.xWord() + ".png", "Lost requests against " + f.xWords(), Stat.LOST));
        }
        out.addAll(f.heatmaps());
        Figure speedup = f.speedup();
        if (speedup != null) {
            out.add(speedup);
        }
        return out;
    }

    private boolean hasX() {
        if (xAxis != null) {
            return true;
        }
        Set<Double> xs = new TreeSet<>();
        rows.forEach(r -> xs.add(r.x()));
        return xs.size() > 1;
    }

    private double x(SweepRow r) {
        return xAxis == null ? r.x() : xAxis.number(r);
    }

    private String xWord() {
        if (xAxis == null) {
            return target == Target.Kind.RATE ? "rate" : "load";
        }
        return xAxis.words().replace(' ', '-').replace("KV-", "kv-");
    }

    private String xWords() {
        return xAxis == null ? (target == Target.Kind.RATE ? "the sending rate (QPS)" : "load") : xAxis.words();
    }

    private String xLabel() {
        if (xAxis == null) {
            return target == Target.Kind.RATE ? "sending rate (requests/s)" : "offered load at batch size 1";
        }
        switch (xAxis) {
            case MAX_BATCH_TOKENS:
            case MAX_OUTPUT:
                return xAxis.words() + " (tokens)";
            case KV_BLOCKS:
                return "KV capacity (blocks)";
            case TIMEOUT:
                return "timeout (" + timeUnit + ")";
            case ACCEPTANCE:
                return "acceptance rate a";
            case DRAFT_COST:
                return "draft cost ratio c";
            case DRAFT_LENGTH:
                return "draft length g (tokens)";
            case MAX_WAITING:
                return "waiting limit (requests)";
            case MAX_BATCH:
                return "max batch (sequences)";
            default:
                return xAxis.words();
        }
    }

    private Set<String> distinct(ServingAxis a) {
        Set<String> out = new LinkedHashSet<>();
        for (SweepRow r : rows) {
            out.add(a.text(r));
        }
        return out;
    }

    private Set<Double> numbers(ServingAxis a) {
        Set<Double> out = new TreeSet<>();
        for (SweepRow r : rows) {
            double v = a.number(r);
            if (!Double.isNaN(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The panel settings in grid order: each a map of axis to value. */
    private List<Map<ServingAxis, String>> combos() {
        Set<Map<ServingAxis, String>> out = new LinkedHashSet<>();
        for (SweepRow r : rows) {
            out.add(combo(r));
        }
        return new ArrayList<>(out);
    }

    private Map<ServingAxis, String> combo(SweepRow r) {
        Map<ServingAxis, String> m = new LinkedHashMap<>();
        for (ServingAxis a : panelAxes) {
            m.put(a, a.text(r));
        }
        return m;
    }

    private static String comboTitle(Map<ServingAxis, String> c) {
        List<String> parts = new ArrayList<>();
        c.forEach((a, v) -> parts.add(a.label(v)));
        return parts.isEmpty() ? "" : String.join(", ", parts);
    }

    private List<String> seriesValues() {
        if (seriesAxis == null) {
            return List.of("");
        }
        List<String> values = new ArrayList<>(distinct(seriesAxis));
        if (seriesAxis.numeric()) {
            values.sort((a, b) -> Double.compare(num(a), num(b)));
        }
        return values;
    }

    private static double num(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    private List<SweepRow> select(Map<ServingAxis, String> combo, String series) {
        List<SweepRow> out = new ArrayList<>();
        for (SweepRow r : rows) {
            if (combo(r).equals(combo) && (seriesAxis == null || seriesAxis.text(r).equals(series))) {
                out.add(r);
            }
        }
        return out;
    }

    private List<SpreadPoint> points(List<SweepRow> rs, ToDoubleFunction<SweepRow> read, double factor) {
        Map<Double, List<Double>> byX = new java.util.TreeMap<>();
        for (SweepRow r : rs) {
            double x = x(r);
            double v = read.applyAsDouble(r);
            if (!Double.isNaN(x) && !Double.isNaN(v)) {
                byX.computeIfAbsent(x, k -> new ArrayList<>()).add(v);
            }
        }
        List<SpreadPoint> out = new ArrayList<>();
        byX.forEach((x, vs) -> out.add(SpreadPoint.of(x, vs, factor)));
        return out;
    }

    private DisplayUnit unit(Stat s) {
        double max = 0;
        for (SweepRow r : rows) {
            double v = s.read.applyAsDouble(r);
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        return DisplayUnit.forMax(max, timeUnit);
    }

    private String seriesName(String value) {
        return seriesAxis == null ? "all runs" : seriesAxis.label(value);
    }

    private Panel panel(Map<ServingAxis, String> combo, Stat s, DisplayUnit unit, boolean sendingBound) {
        List<Series> series = new ArrayList<>();
        for (String v : seriesValues()) {
            List<SpreadPoint> pts = points(select(combo, v), s.read, s.time ? unit.factor() : 1);
            if (!pts.isEmpty()) {
                series.add(new Series(seriesName(v), pts));
            }
        }
        if (sendingBound && xAxis == null && target == Target.Kind.RATE) {
            List<SpreadPoint> bound = new ArrayList<>();
            Set<Double> xs = new TreeSet<>();
            rows.forEach(r -> xs.add(r.x()));
            double unitSeconds = "us".equals(timeUnit) ? 1e-6 : "ms".equals(timeUnit) ? 1e-3 : 1;
            for (double x : xs) {
                // (N - 1) / rate seconds: when the last request is sent
                double v = (jobs - 1) / x / unitSeconds * unit.factor();
                bound.add(new SpreadPoint(x, v, v, v, 1));
            }
            series.add(new Series("sending bound (N−1) / rate", bound));
        }
        String title = s.words + (combo.isEmpty() ? "" : ", " + comboTitle(combo));
        String y = s.time ? s.words + " (" + unit.symbol() + ")" : s.words;
        return new Panel(title, xLabel(), y, series, Double.NaN);
    }

    private String note() {
        int seeds = 0;
        Map<String, Integer> count = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            count.merge(combo(r) + "|" + (seriesAxis == null ? "" : seriesAxis.text(r)) + "|" + x(r), 1, Integer::sum);
        }
        for (int c : count.values()) {
            seeds = Math.max(seeds, c);
        }
        SweepRow first = rows.get(0);
        String fixed = first.lengths() + ", " + jobs + " requests, " + first.arrivals() + " arrivals"
                + (varying.contains(ServingAxis.COST_MODEL) ? "" : ", " + first.costModel())
                + (varying.contains(ServingAxis.POLICY) ? "" : ", " + first.config().label());
        return fixed + ". Mean over " + seeds + (seeds == 1 ? " seed." : " seeds; whiskers: lowest to highest seed.");
    }

    private Figure totalTime() {
        DisplayUnit unit = unit(Stat.TOTAL_TIME);
        List<Panel> panels = new ArrayList<>();
        List<Map<ServingAxis, String>> combos = combos();
        for (Map<ServingAxis, String> c : combos.subList(0, Math.min(MAX_PANELS, combos.size()))) {
            panels.add(panel(c, Stat.TOTAL_TIME, unit, true));
        }
        return new LineFigure("total-time-vs-" + xWord() + ".png", "Total time (first send to last completion) against "
                + xWords(), note() + more(combos.size()), panels, columns(panels.size()));
    }

    private static int columns(int panels) {
        return panels <= 4 ? Math.min(2, panels) : 3;
    }

    private static String more(int combos) {
        return combos > MAX_PANELS ? " First " + MAX_PANELS + " of " + combos + " settings drawn." : "";
    }

    private Figure simple(String file, String title, Stat s) {
        DisplayUnit unit = unit(s);
        List<Panel> panels = new ArrayList<>();
        List<Map<ServingAxis, String>> combos = combos();
        for (Map<ServingAxis, String> c : combos.subList(0, Math.min(MAX_PANELS, combos.size()))) {
            panels.add(panel(c, s, unit, false));
        }
        return new LineFigure(file, title, note() + more(combos.size()), panels, columns(panels.size()));
    }

    private List<Figure> latency() {
        List<Figure> out = new ArrayList<>();
        List<Map<ServingAxis, String>> combos = combos();
        Stat[] stats = {Stat.MEAN_JCT, Stat.MEAN_TTFT, Stat.MEAN_ITL, Stat.P99_JCT, Stat.P99_TTFT, Stat.P99_ITL};
        int files = Math.min(MAX_LATENCY_FILES, combos.size());
        for (int k = 0; k < files; k++) {
            Map<ServingAxis, String> c = combos.get(k);
            List<Panel> panels = new ArrayList<>();
            for (Stat s : stats) {
                panels.add(panel(c, s, unit(s), false));
            }
            String name = "latency-vs-" + xWord() + (combos.size() > 1 ? "-" + (k + 1) : "") + ".png";
            String title = "Latency against " + xWords() + (c.isEmpty() ? "" : ": " + comboTitle(c));
            out.add(new LineFigure(name, title, note(), panels, 3));
        }
        return out;
    }

    private List<Figure> heatmaps() {
        List<Figure> out = new ArrayList<>();
        if (xAxis != null || seriesAxis != ServingAxis.MAX_BATCH) {
            return out;
        }
        List<Map<ServingAxis, String>> combos = combos();
        DisplayUnit unit = unit(Stat.TOTAL_TIME);
        TreeSet<Double> xs = new TreeSet<>();
        rows.forEach(r -> xs.add(r.x()));
        int files = Math.min(MAX_PANELS, combos.size());
        for (int k = 0; k < files; k++) {
            Map<ServingAxis, String> c = combos.get(k);
            List<String> rowNames = seriesValues();
            List<List<Double>> cells = new ArrayList<>();
            for (String b : rowNames) {
                List<SpreadPoint> pts = points(select(c, b), Stat.TOTAL_TIME.read, unit.factor());
                List<Double> row = new ArrayList<>();
                for (double x : xs) {
                    double v = Double.NaN;
                    for (SpreadPoint p : pts) {
                        if (p.x() == x) {
                            v = p.mean();
                        }
                    }
                    row.add(v);
                }
                cells.add(row);
            }
            List<String> cols = new ArrayList<>();
            xs.forEach(x -> cols.add(NumberText.of(x)));
            String name = "heatmap-batch-" + xWord() + (combos.size() > 1 ? "-" + (k + 1) : "") + ".png";
            out.add(new HeatmapFigure(name, "Total time by max batch and " + xWords()
                    + (c.isEmpty() ? "" : ": " + comboTitle(c)), note().replace("; whiskers: lowest to highest seed", "")
                    + " Lower is better; the best cell is outlined.",
                    "max batch (sequences)", xLabel(), rowNames, cols, cells,
                    "total time, first send to last completion (" + unit.symbol() + ")"));
        }
        return out;
    }

    /** Speculative decoding against the same settings without it; null unless the sweep has both. */
    private Figure speedup() {
        boolean off = false;
        boolean on = false;
        for (SweepRow r : rows) {
            off |= !r.serving().speculative();
            on |= r.serving().speculative();
        }
        if (!off || !on || numbers(ServingAxis.ACCEPTANCE).size() < 2) {
            return null;
        }
        Map<String, SweepRow> baseline = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            if (!r.serving().speculative()) {
                baseline.put(withoutDraft(r), r);
            }
        }
        ServingAxis series = varying.contains(ServingAxis.MAX_BATCH) ? ServingAxis.MAX_BATCH : null;
        List<Panel> panels = new ArrayList<>();
        for (String g : distinct(ServingAxis.DRAFT_LENGTH)) {
            if (g.equals("none")) {
                continue;
            }
            for (Stat s : new Stat[] {Stat.TPOT_SPEEDUP, Stat.TOTAL_SPEEDUP}) {
                List<Series> lines = new ArrayList<>();
                List<String> values = series == null ? List.of("") : new ArrayList<>(distinct(series));
                values.sort((a, b) -> Double.compare(num(a), num(b)));
                for (String v : values) {
                    Map<Double, List<Double>> byA = new java.util.TreeMap<>();
                    for (SweepRow r : rows) {
                        if (!r.serving().speculative() || !ServingAxis.DRAFT_LENGTH.text(r).equals(g)
                                || (series != null && !series.text(r).equals(v))) {
                            continue;
                        }
                        SweepRow b = baseline.get(withoutDraft(r));
                        if (b != null) {
                            byA.computeIfAbsent(r.serving().acceptance(), k -> new ArrayList<>())
                                    .add(s.read.applyAsDouble(b) / s.read.applyAsDouble(r));
                        }
                    }
                    List<SpreadPoint> pts = new ArrayList<>();
                    byA.forEach((a, vs) -> pts.add(SpreadPoint.of(a, vs, 1)));
                    lines.add(new Series(series == null ? "all runs" : series.label(v), pts));
                }
                panels.add(new Panel(s.words + ", g = " + g, "acceptance rate a", "speed-up (×): without ÷ with", lines, 1.0));
            }
        }
        return new LineFigure("speedup-vs-acceptance.png", "Speculative decoding: speed-up over the same run without it",
                note() + " Above 1: faster with speculative decoding.", panels, 2);
    }

    /** Everything that identifies a run except its draft settings. */
    private String withoutDraft(SweepRow r) {
        StringBuilder sb = new StringBuilder();
        for (ServingAxis a : ServingAxis.values()) {
            if (a != ServingAxis.DRAFT_LENGTH && a != ServingAxis.ACCEPTANCE && a != ServingAxis.DRAFT_COST) {
                sb.append(a.text(r)).append('|');
            }
        }
        return sb.append(r.x()).append('|').append(r.seed()).toString();
    }
}
