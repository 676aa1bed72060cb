package org.servelab.ui.shell;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.compare.CompareView;
import org.servelab.ui.experiments.ExperimentsModel;
import org.servelab.ui.experiments.ExperimentsView;
import org.servelab.ui.files.GanttPngExport;
import org.servelab.ui.files.TraceOpener;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.ui.parameters.ParametersPane;
import org.servelab.ui.playback.PlaybackBar;
import org.servelab.ui.queue.QueueView;
import org.servelab.ui.seqsched.OfflineBatchTab;
import org.servelab.ui.stats.JobTable;
import org.servelab.ui.stats.StatsPane;
import org.servelab.ui.timeline.TimelinePane;
import org.servelab.ui.tokens.TokenLogPane;

/**
 * The main window's content: menus, the run tab (playback bar, parameters, animated queue, Gantt
 * timeline, statistics / jobs / token log), the compare tab, the experiments tab and the offline batch tab,
 * with a status line
 * that says what to press. Built once per language; switching language builds a new one over the same
 * models, so a sweep in progress keeps running.
 */
public final class MainWindow {

    private static final double MAX_MOTION_MS = 320;
    private static final double MIN_MOTION_MS = 40;

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
    private TabPane details;

    public MainWindow(PlaybackModel playback, CompareModel compare, ExperimentsModel experiments, Messages messages,
            Consumer<Locale> language) {
        this.playback = playback;
        this.compare = compare;
        this.messages = messages;
        this.queue = new QueueView(playback.run(), messages);
        queue.setId("queueView");
        Runnable pace = () -> queue.setMotionMillis(motionMillis(playback));
        WeakListeners.on(queue, playback.playingProperty(), pace);
        WeakListeners.on(queue, playback.speedProperty(), pace);
        this.timeline = new TimelinePane(playback.run(), messages);
        this.opener = new TraceOpener(messages, playback::loadTrace);
        this.export = new GanttPngExport(messages);

        Tab run = new Tab(messages.get("tab.run"), runPane());
        run.setId("runTab");
        compareTab = new Tab(messages.get("tab.compare"), new CompareView(compare, messages));
        compareTab.setId("compareTab");
        compareTab.setOnSelectionChanged(e -> {
            if (compareTab.isSelected()) {
                playback.pause();
                compare.open(playback.setup());
            } else {
                compare.pause();
            }
        });
        experimentsTab = new Tab(messages.get("tab.experiments"), new ExperimentsView(experiments, messages));
        experimentsTab.setId("experimentsTab");
        experimentsTab.setOnSelectionChanged(e -> {
            if (experimentsTab.isSelected()) {
                playback.pause();
            }
        });
        batchTab = OfflineBatchTab.create(messages);
        batchTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                playback.pause();
            }
        });
        tabs.getTabs().addAll(run, compareTab, experimentsTab, batchTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(menus(language));
        root.setCenter(tabs);
        root.setBottom(statusLine());
        root.getStyleClass().add("main-window");
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
        split.setOrientation(Orientation.VERTICAL);
        details = new TabPane(
                fixed(messages.get("tab.stats"), new StatsPane(playback.run(), messages, Histograms.of(playback.run(), messages))),
                fixed(messages.get("tab.jobs"), new JobTable(playback.run(), messages)),
                fixed(messages.get("tab.tokens"), new TokenLogPane(playback.run(), messages)));
        details.setId("detailTabs");
        split.getItems().addAll(queue, timeline, details);
        split.setDividerPositions(0.36, 0.66);
        BorderPane pane = new BorderPane();
        pane.setTop(new PlaybackBar(playback, messages));
        pane.setLeft(new ParametersPane(playback.parameters(), messages));
        pane.setCenter(split);
        return pane;
    }

    private static Tab fixed(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private MenuBar menus(Consumer<Locale> language) {
        MenuItem open = new MenuItem(messages.get("menu.open"));
        open.setId("openMenuItem");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> opener.showDialog(root.getScene().getWindow()));
        MenuItem png = new MenuItem(messages.get("menu.exportGantt"));
        png.setId("exportMenuItem");
        png.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        png.setOnAction(e -> export.run(playback.run().getRecording().schedule(), root.getScene().getWindow()));
        MenuItem quit = new MenuItem(messages.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu(messages.get("menu.file"), null, open, png, quit);

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
        return new MenuBar(file, lang, help);
    }

    private Node statusLine() {
        Label hint = new Label(messages.get("status.hint"));
        hint.setId("hintLabel");
        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add("error-label");
        error.textProperty().bind(playback.errorProperty());
        Label trace = new Label();
        trace.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("status.trace", playback.traceProperty().get().name(),
                        playback.traceProperty().get().size()), playback.traceProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(12, hint, error, gap, trace);
        box.getStyleClass().add("status-line");
        box.setPadding(new Insets(3, 8, 3, 8));
        return new VBox(box);
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

    /** Selects a tab of the lower pane: 0 statistics, 1 jobs, 2 token log. */
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
