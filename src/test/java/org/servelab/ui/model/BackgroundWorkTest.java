package org.servelab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

/**
 * Background work (checkpoints, the comparison's runs) waits while a run plays and goes on where it stopped
 * once nothing plays.
 */
class BackgroundWorkTest {

    private static final RunRecording LONG = RunRecording.simulate(
            new RunSetup(RandomTrace.of(3000, 5), "skip-join-mlfq", org.servelab.policy.MlfqParameters.defaults()));

    @Test
    void checkpointsPauseWhileHeldAndFinishOnceReleased() throws Exception {
        RunRecording r = RunRecording.simulate(LONG.setup());
        Checkpoints c = new Checkpoints(r);
        int all = r.eventCount() / c.interval();
        assertThat(all).as("checkpoints of the run").isGreaterThan(3);
        BackgroundWork work = new BackgroundWork();
        Object player = new Object();
        work.hold(player);
        c.startFilling(work);
        await(() -> work.pauses() == 1, "the filling thread reaches a pause");
        int whilePaused = c.ready();
        assertThat(whilePaused).as("checkpoints saved before the first pause").isLessThan(all);
        fillingThread(); // fails unless the filling thread is parked
        Thread.sleep(200);
        assertThat(c.ready()).as("nothing filled while held").isEqualTo(whilePaused);

        work.release(player);
        await(() -> c.ready() == all, "every checkpoint filled after the release");
        assertThat(work.held()).isFalse();
    }

    @Test
    void theWorkRunsOnlyWhenNobodyHoldsIt() throws Exception {
        BackgroundWork work = new BackgroundWork();
        Object a = new Object();
        Object b = new Object();
        work.hold(a);
        work.hold(b);
        work.hold(a);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        work.threads("test-work").newThread(() -> {
            BackgroundWork.pauseHere();
            done.complete(true);
        }).start();
        await(() -> work.pauses() == 1, "the work waits");
        work.release(a);
        assertThat(work.held()).as("b still holds it").isTrue();
        assertThat(done).isNotDone();
        work.release(b);
        assertThat(done.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void workOffTheBackgroundThreadsNeverWaits() {
        BackgroundWork work = new BackgroundWork();
        work.hold(this);
        BackgroundWork.pauseHere(); // this thread is not one of the work's: returns at once
        assertThat(work.pauses()).isZero();
    }

    @Test
    void playingHoldsTheWorkAndPausingLetsItGo() {
        ManualFrameClock clock = new ManualFrameClock();
        PlaybackModel playback = new PlaybackModel(clock, Figure6Traces.figure6c());
        try {
            BackgroundWork work = playback.background();
            assertThat(work.held()).isFalse();
            playback.play();
            assertThat(work.held()).as("held while playing").isTrue();
            playback.pause();
            assertThat(work.held()).as("let go when paused").isFalse();
            playback.play();
            playback.stepForward();
            assertThat(work.held()).as("let go when a step stops the play").isFalse();
            playback.play();
            playback.dispose();
            assertThat(work.held()).as("let go when the window closes").isFalse();
        } finally {
            playback.dispose();
        }
    }

    @Test
    void theComparisonWaitsWhileTheRunPlaysAndIsReadyAfter() throws Exception {
        ManualFrameClock clock = new ManualFrameClock();
        PlaybackModel playback = new PlaybackModel(clock, RandomTrace.of(3000, 5));
        CompareModel compare = new CompareModel(clock, playback.background());
        try {
            playback.play();
            CompletableFuture<Void> ready = compare.prepare(playback.setup(), playback.run().getRecording());
            await(() -> playback.background().pauses() >= 1, "the comparison's simulation waits");
            assertThat(ready).as("not simulated while playing").isNotDone();
            playback.pause();
            ready.get(60, TimeUnit.SECONDS);
            assertThat(ready).isCompleted();
        } finally {
            playback.dispose();
        }
    }

    @Test
    void theComparisonsOwnPlayHoldsTheWorkAndWaitingForItsRunsLetsThemThrough() {
        ManualFrameClock clock = new ManualFrameClock();
        BackgroundWork work = new BackgroundWork();
        CompareModel compare = new CompareModel(clock, work);
        compare.open(LONG.setup(), LONG);
        compare.awaitRuns();
        compare.play();
        assertThat(work.held()).isTrue();
        compare.setColumn(0, "srpt", org.servelab.policy.Accounting.TIME);
        compare.awaitRuns(); // would wait for ever if the held work were not let through
        assertThat(compare.allReady()).isTrue();
        compare.pause();
        assertThat(work.held()).isFalse();
    }

    private static Thread fillingThread() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("servelab-checkpoints") && t.isAlive()
                    && t.getState() == Thread.State.WAITING) {
                return t;
            }
        }
        throw new AssertionError("no waiting servelab-checkpoints thread");
    }

    /** Waits (up to a minute, as long as a slow machine may need) until the condition holds. */
    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
