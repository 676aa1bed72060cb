package org.servelab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;
import org.servelab.engine.ThreadedEngine;
import org.servelab.engine.event.SimEvent;
import org.servelab.policy.MlfqParameters;

/** Engine events reach the model in one batched update per frame, however many arrive. */
class FrameBatchingTest {

    private static final int JOBS = 1500;
    private static final long SEED = 7;

    @Test
    void aBurstOfEventsIsOneUpdate() throws Exception {
        RunSetup setup = new RunSetup(RandomTrace.of(JOBS, SEED), "skip-join-mlfq", MlfqParameters.defaults());
        RunRecording recording = RunRecording.simulate(setup);
        RunModel model = new RunModel();
        model.load(recording);

        EventBatcher batcher = new EventBatcher();
        ThreadedEngine.virtual().run(setup.trace(), setup.newPolicy(), batcher);

        AtomicInteger revisions = new AtomicInteger();
        AtomicInteger jctChanges = new AtomicInteger();
        AtomicInteger tokenChanges = new AtomicInteger();
        model.revisionProperty().addListener((o, a, b) -> revisions.incrementAndGet());
        model.finishedJcts().addListener((ListChangeListener<Double>) c -> jctChanges.incrementAndGet());
        model.tokens().addListener((ListChangeListener<TokenLine>) c -> tokenChanges.incrementAndGet());

        List<SimEvent> burst = batcher.drain();
        assertThat(burst).as("the threaded engine's events equal the recording").isEqualTo(recording.others());
        assertThat(burst.size()).isGreaterThan(5000);
        model.applyBatch(burst, recording.end());

        assertThat(revisions).as("one revision for the whole burst").hasValue(1);
        assertThat(jctChanges).as("one change of the finished JCTs").hasValue(1);
        assertThat(tokenChanges).as("one change of the token log").hasValue(1);
        assertThat(model.finishedJcts()).hasSize(JOBS);
        assertThat(model.tokens()).hasSize((int) setup.trace().totalTokens());
        assertThat(model.stats().meanJctProperty().get())
                .isCloseTo(recording.result().summary().averageJct(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void playingDrainsOncePerFrame() throws Exception {
        ManualFrameClock clock = new ManualFrameClock();
        PlaybackModel playback = new PlaybackModel(clock, RandomTrace.of(JOBS, SEED));
        try {
            playback.speedProperty().set(1e12);
            AtomicInteger revisions = new AtomicInteger();
            playback.run().revisionProperty().addListener((o, a, b) -> revisions.incrementAndGet());
            playback.play();
            playback.awaitEngine();
            assertThat(revisions).as("nothing reaches the model between frames").hasValue(0);
            clock.tick();
            assertThat(revisions).as("one update in the frame").hasValue(1);
            assertThat(playback.run().finishedJcts()).hasSize(JOBS);
            assertThat(playback.run().isFinished()).isTrue();
            assertThat(playback.playingProperty().get()).isFalse();
        } finally {
            playback.dispose();
        }
    }
}
