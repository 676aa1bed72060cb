package org.servelab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.ui.model.RunRecording;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A parameter change re-simulates off the JavaFX thread: with a simulation held back on purpose, the window
 * goes on processing events, says that it is re-simulating, and shows the new run once it is ready; a newer
 * change supersedes one still under way. The waits are generous and nothing is timed.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundResimulationTest {

    private static final long WAIT_S = 30;

    private App app;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Integer> simulatedQueues = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> interruptedQueues = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        app = new App();
        app.open(stage, TraceFiles.defaultTrace(), Messages.of(Locale.ENGLISH));
        PlaybackModel p = app.playback();
        // every run goes to the background (the sample is short), and each simulation waits to be released
        p.setBackgroundFrom(0);
        p.setSimulator(setup -> {
            calls.incrementAndGet();
            simulatedQueues.add(setup.parameters().queues());
            started.countDown();
            // held until released, even when interrupted (so that what runs next does not depend on timing)
            boolean interrupted = false;
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                interruptedQueues.add(setup.parameters().queues());
                throw new CancellationException("interrupted");
            }
            return RunRecording.simulate(setup);
        });
        for (int i = 0; i < 3; i++) {
            p.stepForward();
        }
    }

    @Stop
    void stop() {
        release.countDown();
        app.stop();
    }

    private PlaybackModel playback() {
        return app.playback();
    }

    private boolean indicatorShown(FxRobot robot) {
        boolean[] shown = new boolean[1];
        robot.interact(() -> {
            Node n = robot.lookup("#resimulatingIndicator").query();
            shown[0] = n.isVisible() && n.isManaged();
        });
        return shown[0];
    }

    @Test
    void theFxThreadRunsWhileASlowReSimulationIsUnderWay(FxRobot robot) throws Exception {
        RunRecording before = playback().run().getRecording();
        double time = playback().run().getTime();
        assertThat(indicatorShown(robot)).as("nothing under way yet").isFalse();
        Platform.runLater(() -> playback().parameters().queuesProperty().set(3));
        try {
            assertThat(started.await(WAIT_S, TimeUnit.SECONDS)).as("the re-simulation started").isTrue();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            assertThat(ran.await(WAIT_S, TimeUnit.SECONDS))
                    .as("the FX thread ran a task while the re-simulation was held back").isTrue();
            assertThat(indicatorShown(robot)).as("'Re-simulating' is shown").isTrue();
            assertThat(playback().run().getRecording()).as("the run shown stays until the new one is ready")
                    .isSameAs(before);
        } finally {
            release.countDown();
        }
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> playback().run().getRecording() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(playback().run().getRecording().setup().parameters().queues()).isEqualTo(3);
        assertThat(playback().run().getTime()).as("shown at the same simulated time").isEqualTo(time);
        assertThat(indicatorShown(robot)).as("the indicator is gone").isFalse();
    }

    @Test
    void aNewerChangeSupersedesOneStillUnderWay(FxRobot robot) throws Exception {
        List<Integer> shownQueues = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> playback().run().recordingProperty().addListener(
                (o, a, r) -> shownQueues.add(r.setup().parameters().queues())));
        Platform.runLater(() -> playback().parameters().queuesProperty().set(3));
        try {
            assertThat(started.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
            robot.interact(() -> playback().parameters().queuesProperty().set(5));
            robot.interact(() -> playback().parameters().queuesProperty().set(7));
        } finally {
            release.countDown();
        }
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> !shownQueues.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownQueues).as("only the newest setting is shown").containsExactly(7);
        assertThat(simulatedQueues).as("the change in between was dropped before it ran").containsExactly(3, 7);
        assertThat(interruptedQueues).as("the superseded simulation was interrupted").containsExactly(3);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(indicatorShown(robot)).isFalse();
    }
}
