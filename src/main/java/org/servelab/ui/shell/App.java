package org.servelab.ui.shell;

import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.servelab.ui.experiments.ExperimentsModel;
import org.servelab.ui.export.FxPlatform;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.workload.InputException;
import org.servelab.workload.TimedTrace;

/**
 * The ServeLab window. Opens on {@code sample-traces/figure-6c.json} (or {@code --trace=FILE}) with
 * the paper's settings, paused at time 0. Start it through {@code org.servelab.Launcher}.
 */
public final class App extends Application {

    public static final double WIDTH = 1360;
    public static final double HEIGHT = 900;

    private PlaybackModel playback;
    private CompareModel compare;
    private ExperimentsModel experiments;
    private Scene scene;
    private MainWindow window;
    private Stage stage;

    /**
     * Opens the window with these window options and returns when it closes; started without JVM options of
     * its own, in a new JVM with the window's ({@link WindowJvm}).
     */
    public static void launchWindow(String[] args) {
        STARTUP_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            StartupOptions.parse(java.util.Arrays.asList(args)).checkFiles();
        } catch (InputException | IllegalArgumentException e) {
            System.err.println("servelab: " + e.getMessage());
            System.exit(2);
        }
        java.util.Optional<Integer> relaunched = WindowJvm.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        PREFS_LOG.setLevel(java.util.logging.Level.WARNING);
        if (!FxPlatform.hasDisplay() && System.getProperty("glass.platform") == null) {
            boolean toFiles = java.util.Arrays.stream(args)
                    .anyMatch(a -> a.startsWith("--snapshot=") || a.startsWith("--screenshots=")
                            || a.startsWith("--measure="));
            if (!toFiles || !FxPlatform.useHeadlessGlass()) {
                System.err.println("servelab: no display to open the window on (DISPLAY is not set): run it under "
                        + "'xvfb-run -a', or give a command, e.g. 'servelab run --help'");
                System.exit(1);
            }
        }
        Application.launch(App.class, args);
    }

    /**
     * Held so that its level sticks: started from the class path, JavaFX warns of an "unsupported
     * configuration" at every start; ServeLab runs on the class path on purpose (docs/architecture.md).
     */
    private static final java.util.logging.Logger STARTUP_LOG = java.util.logging.Logger.getLogger("javafx");
    /** Held for the same reason: the first start says "Created user preferences directory" (recent files). */
    private static final java.util.logging.Logger PREFS_LOG = java.util.logging.Logger.getLogger("java.util.prefs");

    @Override
    public void start(Stage primary) {
        StartupOptions options;
        try {
            options = StartupOptions.parse(getParameters().getRaw());
            options.checkFiles();
        } catch (InputException | IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        TimedTrace trace;
        try {
            if (options.measure() > 0) {
                trace = PerformanceProbe.trace(options.measure());
            } else {
                trace = options.trace() != null ? TraceFiles.load(options.trace()) : TraceFiles.defaultTrace();
            }
        } catch (InputException | IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        open(primary, trace, Messages.forTag(options.lang()));
        try {
            applyOptions(options);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        if (options.snapshot() != null) {
            Snapshots.afterLayout(scene, () -> Snapshots.writeAndExit(scene, options.snapshot()));
        } else if (options.measure() > 0) {
            new PerformanceProbe(this).start();
        } else if (options.screenshots() != null) {
            Snapshots.afterLayout(scene, () -> new ScreenshotTour(this, options.screenshots()).runAndExit());
        }
    }

    private void applyOptions(StartupOptions options) {
        if (options.maxBatch() > 0 || options.batching() != null) {
            playback.parameters().update(() -> {
                if (options.maxBatch() > 0) {
                    playback.parameters().maxBatchProperty().set(options.maxBatch());
                }
                if (options.batching() != null) {
                    playback.parameters().batchingModeProperty().set(
                            org.servelab.policy.batch.BatchingMode.parse(options.batching()));
                }
            });
            playback.awaitResimulation();
        }
        if (!Double.isNaN(options.at())) {
            playback.stepForward();
            playback.seek(options.at());
        }
        if (options.presentation()) {
            window.setPresentation(true);
        }
        if ("compare".equals(options.tab())) {
            window.showCompare(true);
            compare.awaitRuns();
            if (!Double.isNaN(options.at())) {
                compare.seek(options.at());
            }
        } else if ("experiments".equals(options.tab())) {
            window.showExperiments(true);
        }
    }

    /** Builds the models and shows the window; used by the tests as well. */
    public void open(Stage primary, TimedTrace trace, Messages messages) {
        this.stage = primary;
        playback = new PlaybackModel(new PulseFrameClock(), trace);
        compare = new CompareModel(new PulseFrameClock(), playback.background());
        experiments = new ExperimentsModel(new PulseFrameClock());
        window = new MainWindow(playback, compare, experiments, messages, this::switchLanguage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(window.root(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(App.class.getResource("/org/servelab/ui/servelab.css").toExternalForm());
        Shortcuts.install(scene, () -> window.keys());
        window.opener().installDropTarget(scene);
        primary.setTitle(messages.get("app.title"));
        primary.setScene(scene);
        primary.show();
        window.root().requestFocus();
    }

    /** Rebuilds the window's content in another language over the same models. */
    public void switchLanguage(Locale locale) {
        Messages messages = Messages.of(locale);
        MainWindow old = window;
        window = new MainWindow(playback, compare, experiments, messages, this::switchLanguage);
        window.takeViewFrom(old);
        scene.setRoot(window.root());
        window.root().requestFocus();
        window.opener().installDropTarget(scene);
        stage.setTitle(messages.get("app.title"));
    }

    private static void fail(String message) {
        System.err.println("servelab: " + message);
        Platform.exit();
        System.exit(2);
    }

    @Override
    public void stop() {
        if (playback != null) {
            playback.dispose();
        }
        if (experiments != null) {
            experiments.dispose();
        }
    }

    public PlaybackModel playback() {
        return playback;
    }

    public CompareModel compare() {
        return compare;
    }

    public ExperimentsModel experiments() {
        return experiments;
    }

    public MainWindow window() {
        return window;
    }

    public Scene scene() {
        return scene;
    }
}
