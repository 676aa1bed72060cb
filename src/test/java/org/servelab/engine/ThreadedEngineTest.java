package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.servelab.engine.event.EventLog;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.metrics.RunResult;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.workload.Job;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** The three-thread engine: same results at any speed, stepping, and cancelling at any moment. */
class ThreadedEngineTest {

    /** Jobs arriving over time, so that arrivals interleave with running iterations. */
    static TimedTrace staggered(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Job> jobs = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < n; i++) {
            jobs.add(new Job("J" + (i + 1), t, 0, 1 + r.nextInt(8), 0.5 + r.nextInt(10) / 2.0, 0.5 + r.nextInt(3) / 2.0));
            t += r.nextInt(6) / 2.0;
        }
        return TimedTrace.explicit(new Trace("staggered", org.servelab.workload.TimeUnit.MS, jobs));
    }

    @RepeatedTest(3)
    void realTimeAtAnySpeedGivesTheSameEventsAsTheDiscreteEventEngine() throws Exception {
        TimedTrace trace = staggered(30, 7);
        for (String policy : List.of("fcfs", "skip-join-mlfq", "srpt")) {
            EventLog des = new EventLog();
            RunResult expected = new DiscreteEventEngine().run(trace, Policies.create(policy, MlfqParameters.defaults()), des);
            for (double speed : new double[] {5, 50}) {
                EventLog live = new EventLog();
                RunResult actual = ThreadedEngine.realTime(speed).run(trace, Policies.create(policy, MlfqParameters.defaults()), live);
                assertThat(live.events()).as("%s at speed %s", policy, speed).isEqualTo(des.events());
                assertThat(actual).isEqualTo(expected);
            }
        }
    }

    @Test
    void steppedRunAdvancesOneIterationPerStep() throws Exception {
        TimedTrace trace = Figure6Test.figure6();
        SteppedPacer pacer = new SteppedPacer();
        EventLog log = new EventLog();
        ThreadedRun run = ThreadedEngine.start(trace, Policies.create("skip-join-mlfq", Figure6Test.PAPER), log, pacer);
        for (int step = 1; step <= 6; step++) {
            pacer.step();
            int expected = step;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (log.ofType(TokenGenerated.class).size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertThat(log.ofType(TokenGenerated.class)).as("tokens after %d steps", step).hasSize(step);
        }
        RunResult result = run.await();
        assertThat(result.summary().averageJct()).isEqualTo(20.0 / 3);
    }

    @RepeatedTest(5)
    void cancellingAtAnyMomentLeavesNoThreadBehind(org.junit.jupiter.api.RepetitionInfo repetition) throws Exception {
        TimedTrace trace = staggered(200, 3);
        ThreadedRun run = ThreadedEngine.start(trace, Policies.create("skip-join-mlfq", MlfqParameters.defaults()),
                new EventLog(), new RealTimePacer(1e-3, 1.0));
        // a different moment in each repetition, the same moments on every run of the suite
        Thread.sleep(new SplittableRandom(repetition.getCurrentRepetition()).nextInt(1, 40));
        run.cancel();
        for (Thread t : run.threads()) {
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
        assertThat(run.isDone()).isTrue();
        assertThat(run.future().isCancelled()).as("cancelled").isTrue();
        assertThatThrownBy(() -> run.future().join()).isInstanceOf(CancellationException.class);
    }

    @Test
    void cancellingAPausedOrSteppedRunEndsItToo() throws Exception {
        TimedTrace trace = staggered(20, 5);
        RealTimePacer paused = new RealTimePacer(1e-3, 1.0);
        paused.setPaused(true);
        ThreadedRun a = ThreadedEngine.start(trace, Policies.create("fcfs", MlfqParameters.defaults()), new EventLog(), paused);
        ThreadedRun b = ThreadedEngine.start(trace, Policies.create("fcfs", MlfqParameters.defaults()), new EventLog(),
                new SteppedPacer());
        Thread.sleep(20);
        a.cancel();
        b.cancel();
        for (ThreadedRun run : List.of(a, b)) {
            for (Thread t : run.threads()) {
                assertThat(t.isAlive()).as(t.getName()).isFalse();
            }
        }
    }

    @Test
    void cancellingFromTheRunsOwnSinkReturnsAndEndsTheRun() throws Exception {
        TimedTrace trace = staggered(50, 9);
        java.util.concurrent.atomic.AtomicReference<ThreadedRun> self = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch returned = new java.util.concurrent.CountDownLatch(1);
        org.servelab.engine.event.EventSink sink = e -> {
            if (e instanceof TokenGenerated && self.get() != null) {
                self.get().cancel();
                returned.countDown();
            }
        };
        SteppedPacer pacer = new SteppedPacer();
        ThreadedRun run = ThreadedEngine.start(trace, Policies.create("fcfs", MlfqParameters.defaults()), sink, pacer);
        self.set(run);
        pacer.step(10);
        assertThat(returned.await(10, TimeUnit.SECONDS)).as("cancel() returned on the inference thread").isTrue();
        for (Thread t : run.threads()) {
            t.join(10_000);
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
        assertThat(run.future().isCancelled()).isTrue();
    }
}
