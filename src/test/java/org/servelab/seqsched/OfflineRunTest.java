package org.servelab.seqsched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.servelab.cost.AffineCost;

/**
 * Offline batch runs worked by hand. With {@code affine:c0=1} a run takes 1 ms per iteration, with
 * {@code per-token=1} 1 ms per token of its padded batches.
 */
class OfflineRunTest {

    private static final AffineCost PER_ITERATION = new AffineCost("c0=1", 0, 1, 0, 0, 0);
    private static final AffineCost PER_TOKEN = new AffineCost("per-token=1", 0, 0, 1, 0, 0);

    /**
     * Four queries: A (prompt 10, 3 tokens, max4 4), B (10, 8, max4 5: its label is too short), C (20, 2, max4 2),
     * D (10, 6, max4 7); one group, batches of 2, max length 10.
     */
    private static final QuerySet FOUR = new QuerySet("four", List.of(
            new Query("A", 10, 3, 4, Query.NONE), new Query("B", 10, 8, 5, Query.NONE),
            new Query("C", 20, 2, 2, Query.NONE), new Query("D", 10, 6, 7, Query.NONE)));
    private static final BatchSettings SMALL = new BatchSettings(4, 2, 10, BatchSettings.PredictionCost.AUTO, 1);

    private static String ids(OfflineResult r, int[] queries) {
        StringBuilder sb = new StringBuilder();
        for (int q : queries) {
            sb.append(r.queries().get(q).id());
        }
        return sb.toString();
    }

    @Test
    void max4WithFcrWorkedByHand() {
        OfflineResult r = OfflineRun.run(FOUR, Strategy.parse("max4+fcr"), SMALL, PER_ITERATION);
        // sorted by max4: C 2, A 4, B 5, D 7; [C A] cap 4 runs 3; [B D] cap 7 runs 7, B fails; B re-run runs 8
        assertThat(r.batches()).extracting(OfflineBatch::kind).containsExactly(OfflineBatch.Kind.BATCH,
                OfflineBatch.Kind.BATCH, OfflineBatch.Kind.RERUN);
        assertThat(r.batches()).extracting(b -> ids(r, b.members())).containsExactly("CA", "BD", "B");
        assertThat(r.batches()).extracting(OfflineBatch::cap).containsExactly(4, 7, 10);
        assertThat(r.batches()).extracting(OfflineBatch::length).containsExactly(3, 7, 8);
        assertThat(ids(r, r.failedFrom(r.batches().get(1)))).isEqualTo("B");
        assertThat(r.averageLength()).as("(3 + 8 + 3 + 7) / 4").isEqualTo(5.25);
        assertThat(r.effectiveTokenRatio()).as("(3 + 8 + 2 + 6) / 21").isEqualTo(19.0 / 21);
        assertThat(r.failureRatio()).isEqualTo(0.25);
        assertThat(r.totalSeconds()).as("18 iterations of 1 ms").isCloseTo(0.018, within(1e-12));
        assertThat(r.throughput()).isCloseTo(4 / 0.018, within(1e-9));
    }

    @Test
    void prefillsArePaddedToTheLongestPrompt() {
        OfflineResult r = OfflineRun.run(FOUR, Strategy.parse("max4+fcr"), SMALL, PER_TOKEN);
        // [C A]: 2 x 20 + 2 x 2 decodes = 44; [B D]: 2 x 10 + 2 x 6 = 32; [B]: 10 + 7 = 17
        assertThat(r.batches()).extracting(b -> Math.round(b.seconds() * 1e6)).containsExactly(44_000L, 32_000L, 17_000L);
        assertThat(r.batches().get(2).start()).isCloseTo(0.076, within(1e-12));
    }

    @Test
    void vanillaRunsEveryBatchUntilItsLongestMemberUpToTheMaxLength() {
        OfflineResult r = OfflineRun.run(FOUR, Strategy.parse("vanilla"), SMALL, PER_ITERATION);
        assertThat(r.batches()).extracting(b -> ids(r, b.members())).containsExactly("AB", "CD");
        assertThat(r.batches()).extracting(OfflineBatch::cap).containsExactly(10, 10);
        assertThat(r.batches()).extracting(OfflineBatch::length).containsExactly(8, 6);
        assertThat(r.averageLength()).isEqualTo(7);
        assertThat(r.effectiveTokenRatio()).isEqualTo(19.0 / 28);
        assertThat(r.failureRatio()).isZero();
    }

    @Test
    void withoutFcrACapDoesNotStopABatch() {
        OfflineResult r = OfflineRun.run(FOUR, Strategy.parse("max4"), SMALL, PER_ITERATION);
        assertThat(r.batches()).extracting(OfflineBatch::length).containsExactly(3, 8);
        assertThat(r.failures()).isZero();
    }

    @Test
    void fcrReRunsTheFailuresInTheOrderTheyFailedAfterTheirGroup() {
        // predicted 10, 10, 20, 20, 30, 30 (sorted as given); true 15, 5, 25, 25, 10, 35; batches of 2
        int[] predicted = {10, 10, 20, 20, 30, 30};
        int[] length = {15, 5, 25, 25, 10, 35};
        Query[] q = new Query[6];
        for (int i = 0; i < 6; i++) {
            q[i] = new Query("q" + i, 1, length[i], Query.NONE, predicted[i]);
        }
        QuerySet set = new QuerySet("six", List.of(q));
        BatchSettings s = new BatchSettings(6, 2, 100, BatchSettings.PredictionCost.NEVER, 1);
        OfflineResult r = OfflineRun.run(set, Strategy.parse("trace+fcr"), s, PER_ITERATION);
        assertThat(r.batches()).extracting(b -> ids(r, b.members()))
                .containsExactly("q0q1", "q2q3", "q4q5", "q0q2", "q3q5");
        assertThat(r.batches()).extracting(OfflineBatch::length).containsExactly(10, 20, 30, 25, 35);
        assertThat(r.failedIn()).containsExactly(0, -1, 1, 1, -1, 2);
        assertThat(r.batchOf()).as("the batch that returned each response").containsExactly(3, 0, 3, 4, 2, 4);
        assertThat(r.averageLength()).isEqualTo((25 + 10 + 25 + 35 + 30 + 35) / 6.0);
    }

    @Test
    void eachGroupRunsItsReRunsBeforeTheNextGroup() {
        QuerySet set = new QuerySet("two groups", List.of(new Query("a", 1, 9, Query.NONE, 5),
                new Query("b", 1, 2, Query.NONE, 5), new Query("c", 1, 3, Query.NONE, 5)));
        BatchSettings s = new BatchSettings(2, 2, 100, BatchSettings.PredictionCost.NEVER, 1);
        OfflineResult r = OfflineRun.run(set, Strategy.parse("trace+fcr"), s, PER_ITERATION);
        assertThat(r.batches()).extracting(b -> b.group() + ":" + ids(r, b.members()) + ":" + b.kind().word())
                .containsExactly("0:ab:batch", "0:a:rerun", "1:c:batch");
    }

    @Test
    void aResponseLongerThanTheMaxLengthIsCutNotReRun() {
        QuerySet set = new QuerySet("long", List.of(new Query("x", 1, 30, Query.NONE, 20)));
        BatchSettings s = new BatchSettings(1, 1, 20, BatchSettings.PredictionCost.NEVER, 1);
        OfflineResult r = OfflineRun.run(set, Strategy.parse("trace+fcr"), s, PER_ITERATION);
        assertThat(r.batches()).hasSize(1);
        assertThat(r.charged(0)).isEqualTo(20);
        assertThat(r.cut()).isEqualTo(1);
        assertThat(r.failures()).isZero();
        assertThat(r.effectiveTokenRatio()).as("useful tokens cut at the max length").isEqualTo(1);
    }

    @Test
    void vbsCapsABatchAtItsBucketAndTheServedPredictorPaysForItsPredictions() {
        Query[] q = new Query[20];
        for (int i = 0; i < q.length; i++) {
            q[i] = new Query("q" + i, 4, 30 + i, Query.NONE, 40);
        }
        BatchSettings s = new BatchSettings(256, 16, 512, BatchSettings.PredictionCost.AUTO, 1);
        OfflineResult r = OfflineRun.run(new QuerySet("twenty", List.of(q)), Strategy.parse("trace+vbs+fcr"), s,
                PER_ITERATION);
        assertThat(r.batches()).extracting(b -> b.kind().word() + " " + b.size() + " " + b.cap() + " " + b.length())
                .containsExactly("predict 20 8 8", "batch 20 50 49");
        assertThat(r.predictionSeconds()).isCloseTo(0.008, within(1e-12));
        assertThat(r.averageLength()).as("prediction batches charge no query").isEqualTo(49);
    }
}
