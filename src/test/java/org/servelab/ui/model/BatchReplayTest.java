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

    /** Runs long enough for a dozen checkpoints or more. */
    private static List<RunSetup> longSetups() {
        var trace = RandomTrace.withPrompts(1500, 7);
        BatchConfig base = BatchConfig.off().withMaxBatch(8).withMaxBatchTokens(256).withKvBlocks(40);
        return List.of(new RunSetup(trace, "fcfs", MlfqParameters.defaults(), base),
                new RunSetup(trace, "skip-join-mlfq", MlfqParameters.defaults(),
                        base.withKvBlocks(200).withPreemption(Preemption.SWAP)),
                new RunSetup(trace, "static", MlfqParameters.defaults(), base),
                new RunSetup(trace, "skip-join-mlfq", MlfqParameters.defaults()));
    }

    @Test
    void seekingThroughCheckpointsEqualsReplayingFromZero() {
        SplittableRandom random = new SplittableRandom(5);
        for (RunSetup s : longSetups()) {
            RunRecording r = RunRecording.simulate(s);
            RunModel viaCheckpoints = new RunModel(false);
            viaCheckpoints.setBackgroundCheckpoints(false);
            viaCheckpoints.load(r);
            viaCheckpoints.fillCheckpoints();
            assertThat(r.eventCount()).as("long enough for several checkpoints").isGreaterThan(3 * 4096);
            double[] times = new double[10];
            for (int i = 0; i < times.length; i++) {
                times[i] = random.nextDouble() * r.end();
            }
            java.util.Map<Double, String> expected = new java.util.HashMap<>();
            double[] sorted = times.clone();
            java.util.Arrays.sort(sorted);
            RunModel fresh = new RunModel(false);
            fresh.setBackgroundCheckpoints(false);
            fresh.setUseCheckpoints(false);
            fresh.load(r);
            for (double t : sorted) {
                fresh.seek(t);
                expected.put(t, Fingerprint.of(fresh));
            }
            for (double t : times) {
                viaCheckpoints.seek(t);
                assertThat(Fingerprint.of(viaCheckpoints)).as("%s at t=%s", s.policy(), t).isEqualTo(expected.get(t));
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
