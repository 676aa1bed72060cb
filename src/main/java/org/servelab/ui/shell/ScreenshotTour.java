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

import org.servelab.engine.event.JobPreempted;
import org.servelab.engine.event.SimEvent;
import org.servelab.policy.Accounting;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.ui.experiments.ExperimentsModel;
import org.servelab.ui.experiments.SweepState;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.model.BatchConfig;
import org.servelab.ui.model.ColumnChoice;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.ParametersModel;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.ui.model.RunRecording;

/**
 * {@code --screenshots=DIR}: regenerates the screenshot set: Figure 6(c) mid-way at batch size 1 (English
 * and Chinese) and at batch size 2, its token log, decision log and job table at the end; the 99-job dataset
 * arriving at 5 jobs per second in batches of 16 with too little KV memory, at a preemption (English and
 * Chinese); the comparison of FCFS against skip-join MLFQ, and of four batching configurations of the long
 * prompt; the offline batch view; a small sweep in the experiments tab once it has finished (English and Chinese); the dataset
 * mid-run at batch size 1 and its exported Gantt chart. Exits 0 when all were written, 1 otherwise.
 */
final class ScreenshotTour {

    /** Pause after an action: chips have arrived but their trails still show where they came from. */
    private static final double SETTLE_MS = 450;
    private static final Path DATASET = Path.of("sample-traces", "orca-appendix-b.csv");
    private static final Path LONG_PROMPT = Path.of("sample-traces", "batching-long-prompt.json");
    private static final int GANTT_WIDTH = 1600;
    /** KV blocks that make the 99 jobs at 5 per second in batches of 16 preempt a few dozen times. */
    private static final long TIGHT_KV = 150;

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
                .then(0, () -> steps(p, 3))
                .then(SETTLE_MS, p::stepForward)
                .then(SETTLE_MS, () -> shot("figure-6c-step3.png"))
                .then(0, () -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE))
                .then(SETTLE_MS, () -> shot("figure-6c-step3-zh.png"))
                .then(0, () -> app.switchLanguage(Locale.ENGLISH))
                .then(0, () -> {
                    steps(p, 3);
                    app.window().showDetail(3);
                })
                .then(SETTLE_MS * 4, () -> shot("figure-6c-token-log.png"))
                .then(0, () -> app.window().showDetail(2))
                .then(SETTLE_MS, () -> shot("figure-6c-decisions.png"))
                .then(0, () -> app.window().showDetail(1))
                .then(SETTLE_MS, () -> shot("figure-6c-jobs.png"))
                .then(0, () -> {
                    app.window().showDetail(0);
                    p.parameters().maxBatchProperty().set(2);
                    p.reset();
                    steps(p, 1);
                })
                .then(SETTLE_MS, () -> p.seek(1))
                .then(SETTLE_MS, () -> shot("figure-6c-batch2.png"))
                .then(0, () -> p.parameters().maxBatchProperty().set(1))
                .then(0, () -> {
                    app.window().showCompare(true);
                    app.compare().awaitRuns();
                    app.compare().seek(5);
                })
                .then(SETTLE_MS, () -> shot("compare-fcfs-vs-skip-join.png"))
                .then(0, this::fourColumns)
                .then(SETTLE_MS * 2, () -> shot("compare-four-columns.png"))
                .then(0, () -> {
                    app.window().showCompare(false);
                    preemptions(p);
                })
                .then(SETTLE_MS * 2, () -> shot("batching-preemptions.png"))
                .then(0, () -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE))
                .then(SETTLE_MS * 2, () -> shot("batching-preemptions-zh.png"))
                .then(0, () -> app.switchLanguage(Locale.ENGLISH))
                .then(0, () -> app.window().showOfflineBatches(true))
                .then(SETTLE_MS, () -> shot("offline-batches.png"))
                .then(0, this::startSweep)
                .then(0, () -> whenSweepEnds(this::afterSweep))
                .start();
    }

    private static void steps(PlaybackModel p, int n) {
        for (int i = 0; i < n; i++) {
            p.stepForward();
        }
    }

    /** The long prompt under four batching configurations, mid-way through its prefill. */
    private void fourColumns() {
        PlaybackModel p = app.playback();
        p.parameters().update(() -> {
            p.parameters().resetToPaper();
            p.parameters().policyProperty().set("fcfs");
            p.parameters().maxBatchProperty().set(4);
            p.parameters().maxBatchTokensProperty().set(256);
        });
        p.loadTrace(TraceFiles.load(LONG_PROMPT));
        CompareModel c = app.compare();
        app.window().showCompare(false);
        app.window().showCompare(true);
        BatchConfig four = BatchConfig.off().withMaxBatch(4).withMaxBatchTokens(256);
        c.setColumn(0, new ColumnChoice("fcfs", Accounting.TIME, four.withMode(BatchingMode.CHUNKED)));
        c.setColumn(1, new ColumnChoice("fcfs", Accounting.TIME, four.withMode(BatchingMode.PREFILL_FIRST)));
        c.addColumn(new ColumnChoice("fcfs", Accounting.TIME, four.withMode(BatchingMode.MIXED)));
        c.addColumn(new ColumnChoice("skip-join-mlfq", Accounting.TIME, four));
        c.awaitRuns();
        c.seek(10);
    }

    /** The 99 jobs at 5 per second, batches of 16, 150 KV blocks: at a boundary where a job was preempted. */
    private void preemptions(PlaybackModel p) {
        ParametersModel m = p.parameters();
        m.update(() -> {
            m.resetToPaper();
            m.policyProperty().set("fcfs");
            m.maxBatchProperty().set(16);
            m.kvBlocksProperty().set(TIGHT_KV);
        });
        p.arrivals().kindProperty().set("poisson");
        p.arrivals().rateProperty().set(5);
        p.loadTrace(TraceFiles.load(DATASET));
        RunRecording r = p.run().getRecording();
        double at = r.end() * 0.3;
        int seen = 0;
        for (SimEvent e : r.others()) {
            if (e instanceof JobPreempted && ++seen == 3) {
                at = e.time();
                break;
            }
        }
        p.stepForward();
        app.window().timeline().gantt().fitAll();
        app.window().timeline().gantt().zoomIn();
        app.window().timeline().gantt().zoomIn();
        app.window().timeline().gantt().zoomIn();
        p.seek(at);
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
                    p.arrivals().reset();
                    p.paperSettings();
                    p.loadTrace(TraceFiles.load(DATASET));
                    p.stepForward();
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
        app.window().queue().paintNow(System.nanoTime());
        WindowSnapshot.write(app.scene(), out);
        System.out.println("servelab: wrote " + out);
    }

    private void fail(Exception e) {
        System.err.println("servelab: screenshots failed: " + e);
        e.printStackTrace();
        finish(1);
    }

    private static void finish(int code) {
        Platform.exit();
        System.exit(code);
    }
}
