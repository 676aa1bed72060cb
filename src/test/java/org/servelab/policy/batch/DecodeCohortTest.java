package org.servelab.policy.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.servelab.policy.QueueObserver;

/** The decode cohort: running decodes booked in bulk, visited when they join and when they finish. */
class DecodeCohortTest {

    /** Three jobs of prompt 4 making 2, 5 and 3 tokens; blocks of 4 tokens; unlimited memory. */
    private final BatchOptions options = new BatchOptions(8, 100, BatchingMode.CHUNKED, 4, -1, Preemption.RECOMPUTE,
            -1, -1, -1, Double.POSITIVE_INFINITY);
    private final BatchState state = new BatchState(options, new double[] {0, 0, 0}, new int[] {4, 4, 4},
            new int[] {2, 5, 3}, new double[] {1, 1, 1}, new double[] {1, 1, 1});
    private final ContinuousBatching policy = ContinuousBatching.fcfs(BatchingMode.CHUNKED);
    private final Batch batch = new Batch(state, new double[] {1, 1, 1}, new double[] {1, 1, 1});

    private void admitAll() {
        policy.start(state);
        for (int j = 0; j < 3; j++) {
            state.activate(j);
            policy.admit(j, 0, QueueObserver.NONE);
        }
    }

    /** Builds the next batch and books its items as the engine does. */
    private void iterate() {
        batch.clear(0);
        policy.build(batch, 0, QueueObserver.NONE);
        for (int i = 0; i < batch.items(); i++) {
            state.book(batch.job(i), batch.tokens(i), batch.decode(i));
        }
        if (batch.cohort() > 0) {
            state.cohortAdvance(1);
        }
    }

    @Test
    void decodesJoinTheRunAfterTheirPrefillAndFinishInOrderOfTheirLastToken() {
        state.allowCohort();
        admitAll();
        iterate(); // three whole prefills: each makes its first token
        assertThat(batch.items()).isEqualTo(3);
        assertThat(batch.cohort()).isZero();
        assertThat(batch.contextTotal()).isEqualTo(3 * 4);
        assertThat(batch.pairTotal()).isEqualTo(3 * 4 * 4);
        assertThat(batch.decodeContextTotal()).isZero();
        assertThat(state.used()).isEqualTo(3);

        iterate(); // all three decode as the run: nothing is an item
        assertThat(batch.items()).isZero();
        assertThat(batch.cohort()).isEqualTo(3);
        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch.tokenTotal()).isEqualTo(3);
        assertThat(batch.decodeContextTotal()).isEqualTo(3 * 5);
        assertThat(batch.contextTotal()).isEqualTo(3 * 5);
        assertThat(batch.pairTotal()).isEqualTo(3 * 5);
        // contexts were 4 = a full block each: every member allocated its second block
        assertThat(state.used()).isEqualTo(6);
        assertThat(state.tokensDone(1)).isEqualTo(2);
        assertThat(state.context(1)).isEqualTo(5);
        assertThat(state.blocks(1)).isEqualTo(2);
        assertThat(state.cohortHasFinisher()).isTrue();
        assertThat(state.cohortFinisher()).isEqualTo(0);
        assertThat(state.madeAllTokens(0)).isTrue();
        assertThat(state.inCohort(0)).isFalse();
        assertThat(state.cohortHasFinisher()).isFalse();
        state.finish(0);
        policy.finished(0);
        assertThat(state.used()).isEqualTo(4);
        assertThat(state.cohortIterationsLeft()).isEqualTo(1);

        iterate();
        assertThat(batch.cohort()).isEqualTo(2);
        assertThat(state.cohortFinisher()).isEqualTo(2);
        assertThat(state.tokensDone(2)).isEqualTo(3);
        state.finish(2);
        policy.finished(2);
        assertThat(state.cohortIterationsLeft()).isEqualTo(2);
        assertThat(state.cohortBlocksOver(1)).isZero();
        // job 1 is at context 6: its builds at contexts 6 and 7 add nothing, at context 8 it needs a third block
        assertThat(state.cohortBlocksAt(1)).isZero();
        assertThat(state.cohortBlocksAt(2)).isEqualTo(1);

        iterate();
        iterate();
        assertThat(state.cohortFinisher()).isEqualTo(1);
        assertThat(state.tokensDone(1)).isEqualTo(5);
        assertThat(state.context(1)).isEqualTo(8);
        assertThat(state.blocks(1)).isEqualTo(2);
        state.finish(1);
        assertThat(state.used()).isZero();
        assertThat(state.cohortSize()).isZero();
    }

    @Test
    void withoutTheEnginesLeaveEveryDecodeIsAnItem() {
        admitAll();
        iterate();
        iterate();
        assertThat(batch.cohort()).isZero();
        assertThat(batch.items()).isEqualTo(3);
    }

    @Test
    void theRunEndsWhenMemoryCannotCoverItsNextIterationAndPhaseOnePreemptsFromTheTail() {
        // two jobs of prompt 4 making 6 tokens, in 4 blocks of 4 tokens
        BatchState s = new BatchState(options.withKv(4, 4, Preemption.RECOMPUTE, -1), new double[] {0, 0},
                new int[] {4, 4}, new int[] {6, 6}, new double[] {1, 1}, new double[] {1, 1});
        ContinuousBatching p = ContinuousBatching.fcfs(BatchingMode.CHUNKED);
        Batch b = new Batch(s, new double[] {1, 1}, new double[] {1, 1});
        s.allowCohort();
        p.start(s);
        for (int j = 0; j < 2; j++) {
            s.activate(j);
            p.admit(j, 0, QueueObserver.NONE);
        }
        for (int k = 1; k <= 6; k++) {
            b.clear(0);
            p.build(b, 0, QueueObserver.NONE);
            for (int i = 0; i < b.items(); i++) {
                s.book(b.job(i), b.tokens(i), b.decode(i));
            }
            if (b.cohort() > 0) {
                s.cohortAdvance(1);
            }
            if (k >= 2 && k <= 5) {
                // contexts 4 to 7 before the iteration: both second blocks fit, taken at context 4
                assertThat(b.cohort()).as("iteration %d", k).isEqualTo(2);
                assertThat(s.used()).isEqualTo(4);
            }
        }
        // at context 8 both need a third block and none is free: the run ends, J2 is preempted for J1
        assertThat(b.cohort()).isZero();
        assertThat(s.cohortLeft()).isEqualTo(2);
        assertThat(s.inCohort(0)).isFalse();
        assertThat(s.preemptions(1)).isEqualTo(1);
        assertThat(s.tokensDone(0)).isEqualTo(6);
        assertThat(s.blocks(0)).isEqualTo(3);
        assertThat(s.used()).isEqualTo(3);
    }

    @Test
    void blocksAheadAreThoseOfEachMembersContextFillingBlocks() {
        int[] prompts = {1, 3, 4, 5, 7, 8, 9, 15, 16, 17};
        int n = prompts.length;
        int[] outputs = new int[n];
        java.util.Arrays.fill(outputs, 100);
        BatchOptions o = options.withKv(4, -1, Preemption.RECOMPUTE, -1);
        BatchState s = new BatchState(o, new double[n], prompts, outputs, new double[n], new double[n]);
        s.allowCohort();
        for (int j = 0; j < n; j++) {
            s.activate(j);
            assertThat(s.tryAllocate(j, prompts[j])).isTrue();
            s.book(j, prompts[j], false);
            s.joinCohort(j);
        }
        for (int k = 0; k <= 13; k++) {
            long at = 0;
            long over = 0;
            for (int j = 0; j < n; j++) {
                // the build of the cohort's iteration i (from 0) adds a block when the context then, prompt + i, fills one
                at += (prompts[j] + k) % 4 == 0 ? 1 : 0;
                for (int i = 1; i <= k; i++) {
                    over += (prompts[j] + i) % 4 == 0 ? 1 : 0;
                }
            }
            assertThat(s.cohortBlocksAt(k)).as("at %d", k).isEqualTo(at);
            assertThat(s.cohortBlocksOver(k)).as("over %d", k).isEqualTo(over);
        }
        assertThat(s.cohortNeed()).isEqualTo(s.cohortBlocksAt(0));
    }

    @Test
    void underReserveTheCohortTakesNoBlocks() {
        BatchState s = new BatchState(options.withKv(4, 100, Preemption.RESERVE, -1), new double[] {0, 0},
                new int[] {4, 8}, new int[] {5, 9}, new double[] {1, 1}, new double[] {1, 1});
        s.allowCohort();
        for (int j = 0; j < 2; j++) {
            s.activate(j);
            assertThat(s.tryHold(j, s.reservation(j))).isTrue();
            s.book(j, j == 0 ? 4 : 8, false);
            s.joinCohort(j);
        }
        long used = s.used();
        assertThat(used).isEqualTo(3 + 5); // (4 + 5) / 4 and (8 + 9) / 4 rounded up
        s.cohortAllocate();
        s.cohortAdvance(4);
        assertThat(s.used()).isEqualTo(used);
        assertThat(s.cohortHasFinisher()).isTrue();
        assertThat(s.cohortFinisher()).isZero();
        assertThat(s.blocks(0)).isEqualTo(3);
        assertThat(s.tokensDone(0)).isEqualTo(5);
        assertThat(s.tokensDone(1)).isEqualTo(5);
        assertThat(s.blocks(1)).isEqualTo(5);
    }
}
