package org.servelab.policy.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.servelab.policy.QueueObserver;

/** The decode run: running decodes booked in bulk, visited when they join and when they finish. */
class DecodeRunTest {

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
        if (batch.run() > 0) {
            state.runAdvance(1);
        }
    }

    @Test
    void decodesJoinTheRunAfterTheirPrefillAndFinishInOrderOfTheirLastToken() {
        state.allowRun();
        admitAll();
        iterate(); // three whole prefills: each makes its first token
        assertThat(batch.items()).isEqualTo(3);
        assertThat(batch.run()).isZero();
        assertThat(batch.chunkContextTotal()).isEqualTo(3 * 4);
        assertThat(batch.chunkPairTotal()).isEqualTo(3 * 4 * 4);
        assertThat(batch.decodeContextTotal()).isZero();
        assertThat(state.used()).isEqualTo(3);

        iterate(); // all three decode as the run: nothing is an item
        assertThat(batch.items()).isZero();
        assertThat(batch.run()).isEqualTo(3);
        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch.tokenTotal()).isEqualTo(3);
        assertThat(batch.decodeContextTotal()).isEqualTo(3 * 5);
        assertThat(batch.chunkContextTotal()).isZero();
        assertThat(batch.chunkPairTotal()).isZero();
        // contexts were 4 = a full block each: every member allocated its second block
        assertThat(state.used()).isEqualTo(6);
        assertThat(state.tokensDone(1)).isEqualTo(2);
        assertThat(state.context(1)).isEqualTo(5);
        assertThat(state.blocks(1)).isEqualTo(2);
        assertThat(state.runHasFinisher()).isTrue();
        assertThat(state.runFinisher()).isEqualTo(0);
        assertThat(state.madeAllTokens(0)).isTrue();
        assertThat(state.inRun(0)).isFalse();
        assertThat(state.runHasFinisher()).isFalse();
        state.finish(0);
        policy.finished(0);
        assertThat(state.used()).isEqualTo(4);
        assertThat(state.runMostDecodes()).isEqualTo(1);

        iterate();
        assertThat(batch.run()).isEqualTo(2);
        assertThat(state.runFinisher()).isEqualTo(2);
        assertThat(state.tokensDone(2)).isEqualTo(3);
        state.finish(2);
        policy.finished(2);
        assertThat(state.runMostDecodes()).isEqualTo(2);
        assertThat(state.runBlocksOver(1)).isZero();
        // job 1 is at context 6: its builds at contexts 6 and 7 add nothing, at context 8 it needs a third block
        assertThat(state.runBlocksAt(1)).isZero();
        assertThat(state.runBlocksAt(2)).isEqualTo(1);

        iterate();
        iterate();
        assertThat(state.runFinisher()).isEqualTo(1);
        assertThat(state.tokensDone(1)).isEqualTo(5);
        assertThat(state.context(1)).isEqualTo(8);
        assertThat(state.blocks(1)).isEqualTo(2);
        state.finish(1);
        assertThat(state.used()).isZero();
        assertThat(state.runSize()).isZero();
    }

    @Test
    void withoutTheEnginesLeaveEveryDecodeIsAnItem() {
        admitAll();
        iterate();
        iterate();
        assertThat(batch.run()).isZero();
        assertThat(batch.items()).isEqualTo(3);
    }

    @Test
    void theRunEndsWhenMemoryCannotCoverItsNextIterationAndPhaseOnePreemptsFromTheTail() {
        // two jobs of prompt 4 making 6 tokens, in 4 blocks of 4 tokens
        BatchState s = new BatchState(options.withKv(4, 4, Preemption.RECOMPUTE, -1), new double[] {0, 0},
                new int[] {4, 4}, new int[] {6, 6}, new double[] {1, 1}, new double[] {1, 1});
        ContinuousBatching p = ContinuousBatching.fcfs(BatchingMode.CHUNKED);
        Batch b = new Batch(s, new double[] {1, 1}, new double[] {1, 1});
        s.allowRun();
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
            if (b.run() > 0) {
                s.runAdvance(1);
            }
            if (k >= 2 && k <= 5) {
                // contexts 4 to 7 before the iteration: both second blocks fit, taken at context 4
                assertThat(b.run()).as("iteration %d", k).isEqualTo(2);
                assertThat(s.used()).isEqualTo(4);
            }
        }
        // at context 8 both need a third block and none is free: the run ends, J2 is preempted for J1
        assertThat(b.run()).isZero();
        assertThat(s.runLeft()).isEqualTo(2);
        assertThat(s.inRun(0)).isFalse();
        assertThat(s.preemptions(1)).isEqualTo(1);
        assertThat(s.tokensDone(0)).isEqualTo(6);
        assertThat(s.blocks(0)).isEqualTo(3);
        assertThat(s.used()).isEqualTo(3);
    }
}
