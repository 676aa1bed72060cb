package org.servelab.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableView;

import org.servelab.ui.experiments.ExperimentsModel;
import org.servelab.ui.experiments.SweepState;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.model.PlaybackModel;

/**
 * {@code --screenshots=DIR}: regenerates the screenshot set: the main window mid-way through
 * Figure 6(c) (English and Chinese), its token log and job table at the end, the compare view, a small
 * sweep in the experiments tab once it has finished (English and Chinese), the 99-job dataset run and an
 * exported Gantt chart. Exits 0 when all were written, 1 otherwise.
 */
final class ScreenshotTour {

    /** Pause after an action: chips have arrived but their trails still show where they came from. */
    private static final double SETTLE_MS = 450;
    private static final Path DATASET = Path.of("sample-traces", "orca-appendix-b.csv");
    private static final int GANTT_WIDTH = 1600;

    private final App app;
    private final Path dir;

    ScreenshotTour(App app, Path dir) {
        this.app = app;
        this.dir = dir;
    }

    void runAndExit() {
        PlaybackModel p = app.playback();
        new Sequence(this::fail)
                .then(0, () -> Files.createDirectories(dir))
                .then(0, () -> {
                    p.stepForward();
                    p.stepForward();
                })
                .then(SETTLE_MS, p::stepForward)
                .then(SETTLE_MS, () -> shot("figure-6c-step3.png"))
                .then(0, () -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE))
                .then(SETTLE_MS, () -> shot("figure-6c-step3-zh.png"))
                .then(0, () -> app.switchLanguage(Locale.ENGLISH))
                .then(0, () -> {
                    p.stepForward();
                    p.stepForward();
                    p.stepForward();
                    app.window().showDetail(2);
                })
                .then(SETTLE_MS * 4, () -> shot("figure-6c-token-log.png"))
                .then(0, () -> app.window().showDetail(1))
                .then(SETTLE_MS, () -> shot("figure-6c-jobs.png"))
                .then(0, () -> app.window().showDetail(0))
                .then(0, () -> {
                    app.window().showCompare(true);
                    app.compare().seek(5);
                })
                .then(SETTLE_MS, () -> shot("compare-fcfs-vs-skip-join.png"))
                .then(0, this::startSweep)
                .then(0, () -> whenSweepEnds(this::afterSweep))
                .start();
    }

    /** Three policies over five loads (the last overloaded), three seeds each: 45 runs of 2000 jobs. */
    private void startSweep() {
        app.window().showExperiments(true);
        ExperimentsModel m = app.experiments();
        m.form().fill("fcfs,skip-join-mlfq,srpt", "4", "2", "0.3:1.1:0.2", "1", "3", "2000");
        if (!m.run()) {
            throw new IllegalStateException("the sweep did not start: " + m.errorProperty().get());
        }
    }

    private void whenSweepEnds(Runnable next) {
        ReadOnlyObjectProperty<SweepState> state = app.experiments().stateProperty();
        if (!state.get().busy()) {
            next.run();
            return;
        }
        state.addListener(new ChangeListener<SweepState>() {
            @Override
            public void changed(ObservableValue<? extends SweepState> o, SweepState before, SweepState now) {
                if (!now.busy()) {
                    state.removeListener(this);
                    next.run();
                }
            }
        });
    }

    private void afterSweep() {
        PlaybackModel p = app.playback();
        new Sequence(this::fail)
                .then(0, this::scrollToTheOverloadedRuns)
                .then(SETTLE_MS, () -> shot("experiments-sweep.png"))
                .then(0, () -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE))
                .then(SETTLE_MS, () -> app.window().showExperiments(true))
                .then(0, this::scrollToTheOverloadedRuns)
                .then(SETTLE_MS, () -> shot("experiments-sweep-zh.png"))
                .then(0, () -> app.switchLanguage(Locale.ENGLISH))
                .then(0, () -> {
                    app.window().showCompare(false);
                    p.loadTrace(TraceFiles.load(DATASET));
                    p.seek(p.endProperty().get() * 0.4);
                })
                .then(SETTLE_MS * 2, () -> shot("dataset-99-jobs.png"))
                .then(0, () -> app.window().export().write(p.run().getRecording().timeline(), GANTT_WIDTH,
                        dir.resolve("gantt-export-99-jobs.png")))
                .then(0, () -> finish(0))
                .start();
    }

    /** The table's last rows: the heaviest non-overloaded load, then the flagged overloaded one. */
    private void scrollToTheOverloadedRuns() {
        TableView<?> table = (TableView<?>) app.scene().lookup("#sweepTable");
        table.scrollTo(Math.max(0, table.getItems().size() - 16));
    }

    private void shot(String name) throws IOException {
        Path out = dir.resolve(name);
        // a freshly built window (after a language switch) may not have had its first canvas pulse yet
        app.scene().getRoot().applyCss();
        app.scene().getRoot().layout();
        app.window().queue().frame(System.nanoTime());
        WindowSnapshot.write(app.scene(), out);
        System.out.println("servelab: wrote " + out);
    }

    private void fail(Exception e) {
        System.err.println("servelab: screenshots failed: " + e);
        finish(1);
    }

    private static void finish(int code) {
        Platform.exit();
        System.exit(code);
    }
}
