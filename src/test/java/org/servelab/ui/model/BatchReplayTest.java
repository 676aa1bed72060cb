package org.servelab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.servelab.engine.ThreadedEngine;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;

/** Replaying batching runs: KV memory, slots, checkpoints and live events agree with the engine's record. */
class BatchReplayTest {

    private static final int JOBS = 80;

    private static List<RunSetup> setups(long seed) {
        List<RunSetup> out = new ArrayList<>();
        var trace = RandomTrace.withPrompts(JOBS, seed);
        BatchConfig base = BatchConfig.off().withMaxBatch(8).withMaxBatchTokens(256).withKvBlocks(40);
        for (String policy : List.of("fcfs", "sjf", "static", "skip-join-mlfq", "mlfq", "srpt")) {
            for (Preemption p : Preemption.values()) {
                if (policy.equals("static") && p != Preemption.RECOMPUTE) {
                    continue;
                }
                out.add(new RunSetup(trace, policy, MlfqParameters.defaults(), base.withPreemption(p)));
            }
        }
        for (BatchingMode m : BatchingMode.values()) {
            out.add(new RunSetup(trace, "fcfs", MlfqParameters.defaults(), base.withMode(m).withMaxBatch(3)));
        }
        return out;
    }

    @Test
    void kvBlocksPerJobAddUpToWhatTheEngineRecordedAtEveryIteration() {
        boolean sawPreemption = false;
        for (long seed = 1; seed <= 3; seed++) {
            for (RunSetup s : setups(seed)) {
                RunRecording r = RunRecording.simulate(s);
                BatchTimeline t = r.batches();
                RunState state = new RunState(new TokenLog());
                state.reset(r);
                int preemptions = 0;
                while (state.hasNext(r)) {
                    boolean iteration = state.nextIsIteration(r);
                    state.applyNextIfBefore(r, Double.POSITIVE_INFINITY);
                    if (iteration) {
                        int k = state.appliedIterations() - 1;
                        long sum = 0;
                        for (int j = 0; j < JOBS; j++) {
                            sum += state.batch.blocks[j];
                        }
                        assertThat(sum).as("%s %s iteration %d", s.policy(), s.batch().preemption(), k)
                                .isEqualTo(t.iterKv(k));
                        assertThat(state.batch.slotsUsed).as("every member holds a slot").isEqualTo(t.iterSize(k));
                    }
                    preemptions = state.batch.failures;
                }
                sawPreemption |= preemptions > 0;
                assertThat(state.finished()).isEqualTo(JOBS);
                assertThat(state.batch.kvUsed).isZero();
                assertThat(state.batch.swapUsed).isZero();
                assertThat((long) preemptions).isEqualTo(r.result().serving().preemptionsTotal());
            }
        }
    }

    @Test
    void seekingThroughCheckpointsEqualsReplayingFromZero() {
        SplittableRandom random = new SplittableRandom(5);
        for (RunSetup s : setups(7)) {
            RunRecording r = RunRecording.simulate(s);
            RunModel viaCheckpoints = new RunModel();
            viaCheckpoints.setBackgroundCheckpoints(false);
            viaCheckpoints.load(r);
            viaCheckpoints.fillCheckpoints();
            for (int i = 0; i < 12; i++) {
                double t = random.nextDouble() * r.end();
                viaCheckpoints.seek(t);
                RunModel fresh = new RunModel();
                fresh.setBackgroundCheckpoints(false);
                fresh.load(r);
                fresh.seek(t);
                assertThat(Fingerprint.of(viaCheckpoints)).as("%s at t=%s", s.policy(), t)
                        .isEqualTo(Fingerprint.of(fresh));
            }
        }
    }

    @Test
    void liveEventsOfTheThreadedEngineShowTheSameRun() throws Exception {
        for (RunSetup s : setups(11)) {
            RunRecording r = RunRecording.simulate(s);
            EventBatcher batcher = new EventBatcher();
            ThreadedEngine.virtual().run(s.trace(), s.newBatchSetup(), batcher);
            RunModel live = new RunModel();
            live.load(r);
            live.applyBatch(batcher.drain(), r.end());
            RunModel replay = new RunModel();
            replay.load(r);
            replay.seek(r.end());
            assertThat(Fingerprint.of(live)).isEqualTo(Fingerprint.of(replay));
            assertThat(live.finishedCount()).isEqualTo(JOBS);
            assertThat(live.tokens()).hasSize((int) s.trace().totalTokens());
        }
    }
}
