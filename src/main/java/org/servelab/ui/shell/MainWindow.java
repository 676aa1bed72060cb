package org.servelab.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.compare.CompareView;
import org.servelab.ui.experiments.ExperimentsModel;
import org.servelab.ui.experiments.ExperimentsView;
import org.servelab.ui.files.GanttPngExport;
import org.servelab.ui.files.RecentFiles;
import org.servelab.ui.files.Samples;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.files.TraceOpener;
import org.servelab.ui.i18n.ErrorText;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.ui.narration.DecisionLogPane;
import org.servelab.ui.narration.NarrationLine;
import org.servelab.ui.parameters.ParametersPane;
import org.servelab.ui.playback.PlaybackBar;
import org.servelab.ui.queue.QueueView;
import org.servelab.ui.seqsched.OfflineBatchTab;
import org.servelab.ui.stats.JobTable;
import org.servelab.ui.stats.StatsPane;
import org.servelab.ui.timeline.TimelinePane;
import org.servelab.ui.tokens.TokenLogPane;

/**
 * The main window's content: menus, the run tab (playback bar, parameters, narration and animated queue,
 * Gantt timeline, statistics / jobs / decision log / token log), the compare tab, the experiments tab and
 * the offline batch tab,
 * with a status bar that says what to press in the tab that is showing. Built once per language; switching
 * language builds a new one over the same models, so a sweep in progress keeps running.
 */
public final class MainWindow {

    private static final double MAX_MOTION_MS = 320;
    private static final double MIN_MOTION_MS = 40;
    private static final double PRESENTATION_SCALE = 1.5;

    private final PlaybackModel playback;
    private final CompareModel compare;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final QueueView queue;
    private final TimelinePane timeline;
    private final TraceOpener opener;
    private final GanttPngExport export;
    private final TabPane tabs = new TabPane();
    private final Tab compareTab;
    private final Tab experimentsTab;
    private final Tab batchTab;
    private CompareView compareView;
    private final ExperimentsModel experiments;
    private double scale = 1;
    private final NotificationPane notifications;
    private final StatusBar status = new StatusBar();
    private final CheckMenuItem presentation = new CheckMenuItem();
    private TabPane details;
    private Menu recent;

    public MainWindow(PlaybackModel playback, CompareModel compare, ExperimentsModel experiments, Messages messages,
            Consumer<Locale> language) {
        this.playback = playback;
        this.compare = compare;
        this.messages = messages;
        this.queue = new QueueView(playback.run(), messages);
        queue.setId("queueView");
        Runnable pace = () -> {
            queue.setMotionMillis(motionMillis(playback));
            queue.setPlaying(playback.playingProperty().get());
        };
        WeakListeners.on(queue, playback.playingProperty(), pace);
        WeakListeners.on(queue, playback.speedProperty(), pace);
        this.timeline = new TimelinePane(playback.run(), messages, playback::seek);
        this.opener = new TraceOpener(messages, this::loaded);
        this.export = new GanttPngExport(messages);

        notifications = new NotificationPane(runPane());
        notifications.setId("runNotifications");
        notifications.setShowFromTop(true);
        WeakListeners.on(notifications, playback.errorProperty(), this::showError);
        Tab run = new Tab(messages.get("tab.run"), notifications);
        run.setId("runTab");
        this.experiments = experiments;
        compareTab = new Tab(messages.get("tab.compare"));
        compareTab.setId("compareTab");
        compareTab.setOnSelectionChanged(e -> {
            if (compareTab.isSelected()) {
                compareView();
                playback.pause();
                compare.open(playback.setup(), playback.run().getRecording());
            } else {
                compare.pause();
            }
            updateHint();
        });
        experimentsTab = new Tab(messages.get("tab.experiments"));
        experimentsTab.setId("experimentsTab");
        experimentsTab.setOnSelectionChanged(e -> {
            if (experimentsTab.isSelected()) {
                if (experimentsTab.getContent() == null) {
                    experimentsTab.setContent(new ExperimentsView(this.experiments, messages));
                }
                playback.pause();
            }
            updateHint();
        });
        batchTab = OfflineBatchTab.create(messages);
        batchTab.setOnSelectionChanged(e -> {
            if (batchTab.isSelected()) {
                playback.pause();
            }
            updateHint();
        });
        tabs.getTabs().addAll(run, compareTab, experimentsTab, batchTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(menus(language));
        root.setCenter(tabs);
        root.setBottom(statusBar());
        root.getStyleClass().add("main-window");
        showError();
        primeComparison();
    }

    /**
     * Prepares the comparison of the run shown a second after it last changed, while nothing plays: the
     * runs to compare are simulated in the background and the columns built, so that switching to the tab
     * answers at once (on 10,000 jobs too).
     */
    private void primeComparison() {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        wait.setOnFinished(e -> {
            if (playback.playingProperty().get()) {
                wait.playFromStart();
                return;
            }
            org.servelab.ui.model.RunSetup setup = playback.setup();
            if (compareTab.isSelected() || compare.showing(setup) || root.getScene() == null) {
                return;
            }
            compare.prepare(setup, playback.run().getRecording()).thenRun(() -> javafx.application.Platform.runLater(
                    () -> {
                        if (!compareTab.isSelected() && !playback.playingProperty().get()
                                && setup.equals(playback.setup()) && root.getScene() != null) {
                            compareView();
                            compare.open(setup, playback.run().getRecording());
                        }
                    }));
        });
        WeakListeners.on(root, playback.run().recordingProperty(), wait::playFromStart);
        wait.playFromStart();
    }

    /** Chips glide in 320 ms when stepping; while playing, within the wall time of the shortest iteration. */
    private static double motionMillis(PlaybackModel playback) {
        if (!playback.playingProperty().get()) {
            return MAX_MOTION_MS;
        }
        double iteration = playback.traceProperty().get().smallestIterationTime();
        double wallMs = 1000 * iteration / playback.speedProperty().get();
        return Math.max(MIN_MOTION_MS, Math.min(MAX_MOTION_MS, wallMs));
    }

    private Node runPane() {
        SplitPane split = new SplitPane();
        split.setId("runSplit");
        split.setOrientation(Orientation.VERTICAL);
        details = new TabPane(
                fixed("statsTab", messages.get("tab.stats"), new StatsPane(playback.run(), messages,
                        Histograms.of(playback.run(), messages), playback.playingProperty())),
                lazy("jobsTab", messages.get("tab.jobs"), () -> new JobTable(playback.run(), messages)),
                // the logs change every frame while playing: each is laid out alone, not with the window
                fixed("decisionsTab", messages.get("tab.decisions"),
                        org.servelab.ui.bind.LayoutBoundary.of(new DecisionLogPane(playback.run(), messages))),
                fixed("tokensTab", messages.get("tab.tokens"),
                        org.servelab.ui.bind.LayoutBoundary.of(new TokenLogPane(playback.run(), messages))));
        details.setId("detailTabs");
        // the logs paint only while they show: bring the one selected up to date
        details.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            Node content = now == null ? null : now.getContent();
            if (content instanceof org.servelab.ui.bind.LayoutBoundary b) {
                content = b.child();
            }
            if (content instanceof Parent p) {
                p.requestLayout();
            }
        });
        NarrationLine narration = new NarrationLine(playback.run(), messages);
        // the narration changes every frame while playing: its text lays out the line alone
        org.servelab.ui.bind.LayoutBoundary line = org.servelab.ui.bind.LayoutBoundary.of(narration);
        narration.fontProperty().addListener((o, a, b) -> line.requestLayout());
        VBox top = new VBox(line, queue);
        VBox.setVgrow(queue, Priority.ALWAYS);
        top.setMinHeight(0);
        split.getItems().addAll(top, timeline, details);
        split.setDividerPositions(0.36, 0.74);
        BorderPane pane = new BorderPane();
        pane.setTop(new PlaybackBar(playback, messages));
        pane.setLeft(new ParametersPane(playback.parameters(), playback.arrivals(), playback::paperSettings,
                messages));
        pane.setCenter(split);
        return pane;
    }

    /** A tab whose content is built the first time it is shown (the window opens faster). */
    private static Tab lazy(String id, String title, java.util.function.Supplier<Node> content) {
        Tab t = new Tab(title);
        t.setId(id);
        t.setClosable(false);
        t.selectedProperty().addListener((o, was, now) -> {
            if (now && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
    }

    private static Tab fixed(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    /** A new trace was opened: it runs with the current settings; the notification offers the paper's. */
    private void loaded(org.servelab.workload.TimedTrace trace) {
        playback.loadTrace(trace);
        Button paper = new Button(messages.get("parameters.paper"));
        paper.setId("loadedPaperButton");
        paper.setOnAction(e -> {
            playback.paperSettings();
            notifications.hide();
        });
        notifications.show(messages.format("files.loaded", trace.name(), messages.count(trace.size())), null);
        notifications.getActions().clear();
        notifications.setGraphic(paper);
    }

    private void showError() {
        String e = playback.errorProperty().get();
        if (e == null || e.isBlank()) {
            if (notifications.getStyleClass().contains("error")) {
                notifications.hide();
                notifications.getStyleClass().remove("error");
            }
            return;
        }
        notifications.setGraphic(null);
        notifications.getStyleClass().add("error");
        notifications.show(messages.format("error.run", ErrorText.of(e, messages)));
    }

    private void openSample(Samples.Sample s) {
        org.servelab.workload.TimedTrace t = TraceFiles.load(s.file());
        playback.parameters().update(() -> {
            playback.parameters().resetToPaper();
            s.settings().accept(playback.parameters());
        });
        playback.arrivals().reset();
        playback.loadTrace(t);
        notifications.hide();
    }

    private MenuBar menus(Consumer<Locale> language) {
        MenuItem open = new MenuItem(messages.get("menu.open"));
        open.setId("openMenuItem");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> opener.showDialog(root.getScene().getWindow()));
        Menu samples = new Menu(messages.get("menu.samples"));
        samples.setId("samplesMenu");
        for (Samples.Sample s : Samples.available()) {
            MenuItem item = new MenuItem(messages.get(s.key()));
            item.setId(s.key().replace('.', '-'));
            item.setOnAction(e -> openSample(s));
            samples.getItems().add(item);
        }
        recent = new Menu(messages.get("menu.recent"));
        recent.setId("recentMenu");
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem png = new MenuItem(messages.get("menu.exportGantt"));
        png.setId("exportMenuItem");
        png.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        png.setOnAction(e -> export.run(playback.run().getRecording().timeline(), root.getScene().getWindow()));
        MenuItem quit = new MenuItem(messages.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu(messages.get("menu.file"), null, open, samples, recent, png, quit);

        presentation.setText(messages.get("menu.presentation"));
        presentation.setId("presentationMenuItem");
        presentation.setAccelerator(KeyCombination.keyCombination("F5"));
        presentation.setOnAction(e -> setPresentation(presentation.isSelected()));
        Menu view = new Menu(messages.get("menu.view"), null, presentation);

        ToggleGroup group = new ToggleGroup();
        Menu lang = new Menu(messages.get("menu.language"));
        for (Locale l : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(Messages.of(l).get("language.name"));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(l.getLanguage().equals(messages.locale().getLanguage()));
            item.setOnAction(e -> language.accept(l));
            lang.getItems().add(item);
        }
        MenuItem keys = new MenuItem(messages.get("menu.keys"));
        keys.setOnAction(e -> Dialogs.info(root.getScene().getWindow(), messages.get("menu.keys"),
                messages.get("help.keys")));
        Menu help = new Menu(messages.get("menu.help"), null, keys);
        return new MenuBar(file, view, lang, help);
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : RecentFiles.list()) {
            MenuItem item = new MenuItem(p.getFileName().toString());
            item.setOnAction(e -> opener.open(p, root.getScene().getWindow()));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Node statusBar() {
        status.setId("statusBar");
        status.getStyleClass().add("status-line");
        Label trace = new Label();
        trace.setId("traceLabel");
        trace.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("status.trace", playback.traceProperty().get().name(),
                        messages.count(playback.traceProperty().get().size())), playback.traceProperty()));
        status.getRightItems().add(trace);
        updateHint();
        return status;
    }

    private void updateHint() {
        if (batchTab != null && batchTab.isSelected()) {
            status.setText(messages.get("status.hintOffline"));
        } else if (experimentsTab != null && experimentsTab.isSelected()) {
            status.setText(messages.get("status.hintExperiments"));
        } else if (compareTab != null && compareTab.isSelected()) {
            status.setText(messages.get("status.hintCompare"));
        } else {
            status.setText(messages.get("status.hint"));
        }
    }

    /** The text of the status bar (what to press). */
    public String hint() {
        return status.getText();
    }

    /** Larger fonts, chips and lanes, for a projector; or back to normal. */
    public void setPresentation(boolean on) {
        presentation.setSelected(on);
        if (on && !root.getStyleClass().contains("presentation")) {
            root.getStyleClass().add("presentation");
        } else if (!on) {
            root.getStyleClass().remove("presentation");
        }
        scale = on ? PRESENTATION_SCALE : 1;
        queue.setScale(scale);
        timeline.setScale(scale);
        if (compareView != null) {
            compareView.setScale(scale);
        }
    }

    /**
     * Takes over what the window being replaced (the same models, another language) showed: the tab, the
     * lower pane's tab, presentation mode and the timeline's zoom, scroll and follow toggle.
     */
    public void takeViewFrom(MainWindow old) {
        setPresentation(old.isPresentation());
        timeline.restore(old.timeline.view());
        details.getSelectionModel().select(old.details.getSelectionModel().getSelectedIndex());
        tabs.getSelectionModel().select(old.tabs.getSelectionModel().getSelectedIndex());
    }

    public boolean isPresentation() {
        return presentation.isSelected();
    }

    public Parent root() {
        return root;
    }

    public QueueView queue() {
        return queue;
    }

    public TimelinePane timeline() {
        return timeline;
    }

    public TraceOpener opener() {
        return opener;
    }

    public GanttPngExport export() {
        return export;
    }

    /** The compare tab's view (built the first time it is needed). */
    public CompareView compareView() {
        if (compareView == null) {
            compareView = new CompareView(compare, messages);
            compareView.setScale(scale);
            compareTab.setContent(compareView);
        }
        return compareView;
    }

    public NotificationPane notifications() {
        return notifications;
    }

    /**
     * What the playback keys act on: the compared runs in the compare tab, nothing ({@code null}: keys keep
     * their usual meaning) in the experiments and offline batch tabs, where there is no playback to drive, the
     * main run elsewhere.
     */
    KeyActions keys() {
        if (experimentsTab.isSelected() || batchTab.isSelected()) {
            return null;
        }
        return compareTab.isSelected() ? KeyActions.of(compare) : KeyActions.of(playback);
    }

    /** Selects a tab of the lower pane: 0 statistics, 1 jobs, 2 decision log, 3 token log. */
    public void showDetail(int index) {
        details.getSelectionModel().select(index);
    }

    public void showCompare(boolean show) {
        tabs.getSelectionModel().select(show ? compareTab : tabs.getTabs().get(0));
    }

    /** Shows the experiments tab, or the run tab. */
    public void showExperiments(boolean show) {
        tabs.getSelectionModel().select(show ? experimentsTab : tabs.getTabs().get(0));
    }

    /** Shows the offline batch tab, or the run tab. */
    public void showOfflineBatches(boolean show) {
        tabs.getSelectionModel().select(show ? batchTab : tabs.getTabs().get(0));
    }
}
