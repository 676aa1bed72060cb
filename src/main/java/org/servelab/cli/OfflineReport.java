package org.servelab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.servelab.seqsched.OfflineBatch;
import org.servelab.seqsched.OfflineResult;
import org.servelab.seqsched.Predictor;

/** The console report of offline batch runs: a summary column per strategy, then each run's batches. */
final class OfflineReport {

    private OfflineReport() {
    }

    static void print(PrintWriter out, List<OfflineResult> results, String perBatch, int maxBatches) {
        out.print(summary(results));
        boolean small = results.stream().allMatch(r -> r.batches().size() <= maxBatches);
        if ("always".equals(perBatch) || ("auto".equals(perBatch) && small)) {
            for (OfflineResult r : results) {
                out.println();
                out.println(r.strategy().name() + ":");
                out.print(batches(r));
            }
        } else if ("auto".equals(perBatch)) {
            out.println();
            out.println("(batches not printed: use --per-batch always, --results or --results-csv)");
        }
    }

    static String summary(List<OfflineResult> results) {
        TextTable t = new TextTable();
        List<String> head = new ArrayList<>(List.of("strategy"));
        results.forEach(r -> head.add(r.strategy().name()));
        t.row(head.toArray(String[]::new));
        row(t, "throughput (samples/s)", results, r -> round(r.throughput(), 3));
        row(t, "total time (s)", results, r -> round(r.totalSeconds(), 2));
        row(t, "prediction time (s)", results, r -> round(r.predictionSeconds(), 2));
        row(t, "average length (tokens)", results, r -> round(r.averageLength(), 2));
        row(t, "effective tokens (%)", results, r -> round(100 * r.effectiveTokenRatio(), 2));
        row(t, "failure ratio (%)", results, r -> round(100 * r.failureRatio(), 2));
        row(t, "batches", results, r -> r.servingBatches());
        row(t, "responses cut at max length", results, r -> r.cut());
        row(t, "prediction mean error (tokens)", results, r -> predicts(r) ? round(r.quality().meanError(), 1) : NaN);
        row(t, "predictions within 50 (%)", results, r -> predicts(r) ? round(100 * r.quality().within50(), 1) : NaN);
        row(t, "predictions within 100 (%)", results,
                r -> predicts(r) ? round(100 * r.quality().within100(), 1) : NaN);
        return t.toString();
    }

    private static final double NaN = Double.NaN;

    private static boolean predicts(OfflineResult r) {
        return r.strategy().predictor().kind() != Predictor.Kind.VANILLA;
    }

    private static String batches(OfflineResult r) {
        TextTable t = new TextTable();
        t.row("batch", "group", "kind", "size", "cap", "length", "start (s)", "time (s)", "failed", "re-run in");
        for (OfflineBatch b : r.batches()) {
            int[] failed = r.failedFrom(b);
            String rerun = failed.length == 0 ? "-" : rerunBatches(r, failed);
            t.row(Integer.toString(b.index()), Integer.toString(b.group()), b.kind().word(), Integer.toString(b.size()),
                    Integer.toString(b.cap()), Integer.toString(b.length()), TextTable.num(round(b.start(), 3)),
                    TextTable.num(round(b.seconds(), 3)), Integer.toString(failed.length), rerun);
        }
        return t.toString();
    }

    private static String rerunBatches(OfflineResult r, int[] failed) {
        List<String> out = new ArrayList<>();
        for (int q : failed) {
            String b = Integer.toString(r.batchOf()[q]);
            if (!out.contains(b)) {
                out.add(b);
            }
        }
        return String.join(" ", out);
    }

    private static void row(TextTable t, String name, List<OfflineResult> results, ToDoubleFunction<OfflineResult> f) {
        List<String> row = new ArrayList<>(List.of(name));
        results.forEach(r -> row.add(TextTable.num(f.applyAsDouble(r))));
        t.row(row.toArray(String[]::new));
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Double.isFinite(v) ? Math.round(v * f) / f : v;
    }
}
