package org.servelab.ui.compare;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.gantt.GanttView;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.i18n.Numbers;
import org.servelab.ui.model.CompareModel;

/**
 * Columns of runs on a shared clock, each with its queue, batch and Gantt chart, above the overlaid JCT
 * histograms and the mean JCT and TTFT bars; every run in the colour it keeps. The columns' Gantt charts show
 * the same time window: zooming or panning one moves the others.
 */
public final class CompareView extends BorderPane {

    private final CompareModel model;
    private final Messages messages;
    private final HBox columns = new HBox(6);
    private final List<CompareColumn> shown = new ArrayList<>();
    private boolean updating;
    private boolean syncing;
    private double scale = 1;
    private List<Object> shownSignature = List.of();

    public CompareView(CompareModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("compareView");
        getStyleClass().add("compare-view");
        setTop(controls());
        columns.setPadding(new Insets(4));
        columns.setMinHeight(0);
        WeakListeners.on(this, model.columns(), this::rebuild);
        WeakListeners.on(this, model.readyRevisionProperty(), () -> {
            if (!signature().equals(shownSignature)) {
                rebuild();
            }
        });
        rebuild();
        MeanBars bars = new MeanBars(model, messages);
        HBox bottom = new HBox(8, CompareHistogram.of(model, messages), bars);
        HBox.setHgrow(bottom.getChildren().get(0), Priority.ALWAYS);
        bottom.setPadding(new Insets(4));
        bottom.setMinHeight(0);
        SplitPane split = new SplitPane(columns, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.74);
        setCenter(split);
    }

    private HBox controls() {
        Button reset = button("compareResetButton", "↺", messages.get("playback.reset"), () -> model.seek(0));
        Button back = button("compareBackButton", "◀▮", messages.get("playback.stepBack"), model::stepBack);
        Button play = button("comparePlayButton", "▶", messages.get("playback.play"), model::togglePlay);
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("❚❚").otherwise("▶"));
        Button step = button("compareStepButton", "▮▶", messages.get("playback.stepForward"), model::stepForward);
        Slider time = new Slider(0, 1, 0);
        time.setId("compareTimeSlider");
        time.setFocusTraversable(false);
        time.maxProperty().bind(model.endProperty());
        HBox.setHgrow(time, Priority.ALWAYS);
        time.setMinWidth(60);
        time.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.seek(b.doubleValue());
            }
        });
        Runnable follow = () -> {
            updating = true;
            try {
                time.setValue(model.timeProperty().get());
            } finally {
                updating = false;
            }
        };
        WeakListeners.on(time, model.timeProperty(), follow);
        follow.run();
        Label label = new Label();
        label.setId("compareTimeLabel");
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            String unit = model.base() == null ? "" : model.base().trace().timeUnit().symbol();
            double seconds = model.base() == null ? 1e-3 : model.base().trace().timeUnit().seconds();
            return messages.format("playback.readout", Numbers.time(model.timeProperty().get(), unit, seconds),
                    Numbers.time(model.endProperty().get(), unit, seconds));
        }, model.timeProperty(), model.endProperty()));
        Button add = button("addColumnButton", messages.get("compare.add"), messages.get("compare.add.tip"),
                model::addColumn);
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.disableProperty().bind(Bindings.size(model.columns()).greaterThanOrEqualTo(CompareModel.MAX_COLUMNS));
        HBox box = new HBox(6, reset, back, play, step, time, label, add);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.getStyleClass().add("playback-bar");
        return box;
    }

    /** Which runs the columns show and which are ready: the columns are rebuilt only when it changes. */
    private List<Object> signature() {
        List<Object> sig = new ArrayList<>();
        for (var c : model.columns()) {
            sig.add(c);
            sig.add(c.ready());
            sig.add(c.error());
        }
        sig.add(scale);
        return sig;
    }

    private void rebuild() {
        shownSignature = signature();
        columns.getChildren().clear();
        shown.clear();
        for (int i = 0; i < model.columns().size(); i++) {
            CompareColumn col = new CompareColumn(model, i, messages, scale);
            HBox.setHgrow(col, Priority.ALWAYS);
            col.setPrefWidth(10);
            col.setMaxWidth(Double.MAX_VALUE);
            columns.getChildren().add(col);
            shown.add(col);
            GanttView g = col.gantt();
            g.visibleStartProperty().addListener((o, a, b) -> syncWindows(g));
            g.visibleEndProperty().addListener((o, a, b) -> syncWindows(g));
        }
    }

    /** Every column's Gantt chart shows the window of the one that moved. */
    private void syncWindows(GanttView from) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (CompareColumn c : shown) {
                if (c.gantt() != from && c.gantt().getTimeline() != null) {
                    c.gantt().setWindow(from.getVisibleStart(), from.getVisibleEnd());
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** The columns as shown (tests). */
    public List<CompareColumn> shownColumns() {
        return shown;
    }

    /** Presentation mode: larger chips and lanes in every column. */
    public void setScale(double s) {
        scale = s;
        rebuild();
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }
}
