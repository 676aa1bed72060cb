package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.servelab.cost.BatchCostModel;

/**
 * Runs queries that are all known at t = 0 as static batches, one after the other (docs/experiments.md):
 * group by group in data order, each group's predictions first when they are priced
 * ({@code ceil(group / 128)} batches of a prefill and 7 decodes), then its batches as {@link BatchPlanner}
 * plans them, then, with FCR, its members that did not finish re-run in slices of the batch size in the
 * order they failed, with the max length as cap. A batch runs until its longest member has finished or its
 * cap is reached (the prefill is iteration 1). Without FCR every batch's cap is the max length.
 *
 * <p>The paper's code (zhengzangw/Sequence-Scheduling, {@code generate_group}) indexes the failed members
 * by their position in batch order into the group's original order, twice; this implements the intended
 * rule. A member whose batch already ran to the max length is cut there and not re-run: it would fail again.
 */
public final class OfflineRun {

    /** Queries per prediction batch, as the paper's code. */
    public static final int PREDICTION_BATCH = 128;
    /** Iterations of a prediction batch: the prefill and 7 decodes (the number and the end of sequence). */
    public static final int PREDICTION_ITERATIONS = 8;

    private final QuerySet queries;
    private final Strategy strategy;
    private final BatchSettings settings;
    private final StaticBatchPricer pricer;
    private final List<OfflineBatch> batches = new ArrayList<>();
    private final int[] batchOf;
    private final int[] failedIn;
    private double clock;

    private OfflineRun(QuerySet queries, Strategy strategy, BatchSettings settings, StaticBatchPricer pricer) {
        this.queries = queries;
        this.strategy = strategy;
        this.settings = settings;
        this.pricer = pricer;
        this.batchOf = new int[queries.size()];
        this.failedIn = new int[queries.size()];
        Arrays.fill(failedIn, -1);
    }

    /**
     * Runs the strategy.
     *
     * @throws IllegalArgumentException when the predictor cannot serve the queries or the model prices per job
     */
    public static OfflineResult run(QuerySet queries, Strategy strategy, BatchSettings settings, BatchCostModel cost) {
        return run(queries, strategy, settings, new StaticBatchPricer(cost));
    }

    /** Runs the strategy with a pricer that may be shared by several runs on one thread. */
    public static OfflineResult run(QuerySet queries, Strategy strategy, BatchSettings settings,
                                    StaticBatchPricer pricer) {
        return new OfflineRun(queries, strategy, settings, pricer).execute();
    }

    private OfflineResult execute() {
        int[] raw = strategy.predictor().raw(queries, settings.maxLength(), settings.seed());
        int[] predicted = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            predicted[i] = Math.min(raw[i], settings.maxLength());
        }
        boolean priced = settings.predictionCost().applies(strategy.predictor());
        int group = 0;
        for (int start = 0; start < queries.size(); start += settings.groupSize(), group++) {
            int end = Math.min(queries.size(), start + settings.groupSize());
            if (priced) {
                for (int k = start; k < end; k += PREDICTION_BATCH) {
                    predictionBatch(group, range(k, Math.min(end, k + PREDICTION_BATCH)));
                }
            }
            runGroup(group, start, Arrays.copyOfRange(predicted, start, end));
        }
        return new OfflineResult(queries, strategy, settings, pricer.cost().name(), predicted, batches, batchOf,
                failedIn, PredictionQuality.of(queries, raw));
    }

    private void runGroup(int group, int start, int[] predicted) {
        int max = settings.maxLength();
        List<Integer> failed = new ArrayList<>();
        for (PlannedBatch p : BatchPlanner.plan(predicted, settings.batchSize(), strategy.vbs())) {
            int[] members = p.members().clone();
            for (int i = 0; i < members.length; i++) {
                members[i] += start;
            }
            int cap = strategy.fcr() ? Math.min(p.cap(), max) : max;
            OfflineBatch b = serve(group, OfflineBatch.Kind.BATCH, members, cap);
            if (strategy.fcr() && b.length() < max) {
                for (int q : b.unfinished()) {
                    failed.add(q);
                    failedIn[q] = b.index();
                }
            }
        }
        for (int i = 0; i < failed.size(); i += settings.batchSize()) {
            int[] slice = failed.subList(i, Math.min(failed.size(), i + settings.batchSize())).stream()
                    .mapToInt(Integer::intValue).toArray();
            serve(group, OfflineBatch.Kind.RERUN, slice, max);
        }
    }

    private OfflineBatch serve(int group, OfflineBatch.Kind kind, int[] members, int cap) {
        int longest = 0;
        for (int q : members) {
            longest = Math.max(longest, queries.get(q).length());
        }
        int length = Math.min(longest, cap);
        int[] unfinished = Arrays.stream(members).filter(q -> queries.get(q).length() > length).toArray();
        OfflineBatch b = add(group, kind, members, cap, length, unfinished);
        for (int q : members) {
            batchOf[q] = b.index();
        }
        return b;
    }

    private void predictionBatch(int group, int[] members) {
        add(group, OfflineBatch.Kind.PREDICT, members, PREDICTION_ITERATIONS, PREDICTION_ITERATIONS, new int[0]);
    }

    private OfflineBatch add(int group, OfflineBatch.Kind kind, int[] members, int cap, int length, int[] unfinished) {
        int prompt = 0;
        for (int q : members) {
            prompt = Math.max(prompt, queries.get(q).prompt());
        }
        double seconds = pricer.seconds(members.length, prompt, length);
        OfflineBatch b = new OfflineBatch(batches.size(), group, kind, members, cap, length, unfinished, clock, seconds);
        batches.add(b);
        clock += seconds;
        return b;
    }

    private static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}
