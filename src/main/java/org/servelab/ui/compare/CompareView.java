package org.servelab.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.geometry.Orientation;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.policy.Accounting;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;

/** Columns of runs on a shared clock above the overlaid histograms and the mean-JCT comparison. */
public final class CompareView extends BorderPane {

    private final CompareModel model;
    private final Messages messages;
    private final HBox columns = new HBox(6);
    private final MeanJctBars bars;
    private boolean updating;
    private double scale = 1;

    public CompareView(CompareModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("compareView");
        getStyleClass().add("compare-view");
        this.bars = new MeanJctBars(model, messages);
        setTop(controls());
        columns.setPadding(new Insets(4));
        WeakListeners.on(this, model.columns(), this::rebuild);
        rebuild();
        HBox bottom = new HBox(8, CompareHistogram.of(model, messages), bars);
        HBox.setHgrow(bottom.getChildren().get(0), Priority.ALWAYS);
        bottom.setPadding(new Insets(4));
        SplitPane split = new SplitPane(columns, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        setCenter(split);
    }

    private HBox controls() {
        Button reset = button("compareResetButton", "↺", () -> model.seek(0));
        reset.setTooltip(new Tooltip(messages.get("playback.reset")));
        Button play = button("comparePlayButton", "▶", model::togglePlay);
        play.setTooltip(new Tooltip(messages.get("playback.play")));
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("❚❚").otherwise("▶"));
        Button step = button("compareStepButton", "▮▶", model::stepForward);
        step.setTooltip(new Tooltip(messages.get("playback.stepForward")));
        Slider time = new Slider(0, 1, 0);
        time.setId("compareTimeSlider");
        time.setFocusTraversable(false);
        time.maxProperty().bind(model.endProperty());
        HBox.setHgrow(time, Priority.ALWAYS);
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
        label.textProperty().bind(Bindings.createStringBinding(() -> messages.format("playback.time",
                messages.number(model.timeProperty().get()), messages.number(model.endProperty().get()),
                model.base() == null ? "" : model.base().trace().timeUnit().symbol()),
                model.timeProperty(), model.endProperty()));
        Button add = button("addColumnButton", messages.get("compare.add"),
                () -> model.addColumn("srpt", Accounting.TIME));
        add.disableProperty().bind(Bindings.size(model.columns()).greaterThanOrEqualTo(CompareModel.MAX_COLUMNS));
        HBox box = new HBox(6, reset, play, step, time, label, add);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private void rebuild() {
        columns.getChildren().clear();
        for (int i = 0; i < model.columns().size(); i++) {
            CompareColumn col = new CompareColumn(model, i, messages);
            HBox.setHgrow(col, Priority.ALWAYS);
            columns.getChildren().add(col);
        }
    }

    /** Presentation mode: larger chips and lanes in every column. */
    public void setScale(double s) {
        scale = s;
        rebuild();
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
