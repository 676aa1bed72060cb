package org.servelab.ui.playback;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.PlaybackModel;

/** Play/pause, stepping, reset, the time scrubber and the speed slider of the main run. */
public final class PlaybackBar extends HBox {

    /** The speed slider runs over log10(simulated units per second). */
    private static final double MIN_LOG_SPEED = -3;
    private static final double MAX_LOG_SPEED = 6;

    private final PlaybackModel playback;
    private final Slider scrubber = new Slider(0, 1, 0);
    private boolean updating;

    public PlaybackBar(PlaybackModel playback, Messages messages) {
        this.playback = playback;
        getStyleClass().add("playback-bar");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));

        Button reset = button("resetButton", "↺", messages.get("playback.reset"), playback::reset);
        Button back = button("stepBackButton", "◀▮", messages.get("playback.stepBack"), playback::stepBack);
        Button play = button("playButton", "▶", messages.get("playback.play"), playback::togglePlay);
        play.textProperty().bind(Bindings.when(playback.playingProperty()).then("❚❚").otherwise("▶"));
        play.getStyleClass().add("play-button");
        Button forward = button("stepForwardButton", "▮▶", messages.get("playback.stepForward"), playback::stepForward);

        scrubber.setId("timeSlider");
        scrubber.setFocusTraversable(false);
        scrubber.maxProperty().bind(playback.endProperty());
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);
        scrubber.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                playback.seek(b.doubleValue());
            }
        });
        WeakListeners.on(this, playback.run().timeProperty(), () -> follow(playback.run().getTime()));
        follow(playback.run().getTime());

        Label time = new Label();
        time.setId("timeLabel");
        time.getStyleClass().add("time-label");
        time.textProperty().bind(Bindings.createStringBinding(() -> messages.format("playback.time",
                messages.number(playback.run().getTime()), messages.number(playback.endProperty().get()),
                playback.traceProperty().get().timeUnit().symbol()),
                playback.run().timeProperty(), playback.endProperty(), playback.traceProperty()));

        Slider speed = new Slider(MIN_LOG_SPEED, MAX_LOG_SPEED, Math.log10(playback.speedProperty().get()));
        speed.setId("speedSlider");
        speed.setFocusTraversable(false);
        speed.setPrefWidth(120);
        speed.setTooltip(new Tooltip(messages.get("playback.speed.tip")));
        speed.valueProperty().addListener((o, a, b) -> playback.speedProperty().set(Math.pow(10, b.doubleValue())));
        WeakListeners.on(this, playback.speedProperty(),
                () -> speed.setValue(Math.log10(playback.speedProperty().get())));
        Label speedLabel = new Label();
        speedLabel.setId("speedLabel");
        speedLabel.setMinWidth(90);
        speedLabel.setTooltip(new Tooltip(messages.get("playback.speed.tip")));
        speedLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.format("playback.speed",
                messages.number(playback.speedProperty().get()), playback.traceProperty().get().timeUnit().symbol()),
                playback.speedProperty(), playback.traceProperty()));

        Label speedTitle = new Label(messages.get("playback.speedTitle"));
        speedTitle.setTooltip(new Tooltip(messages.get("playback.speed.tip")));
        getChildren().addAll(reset, back, play, forward, scrubber, time, speedTitle, speed, speedLabel);
    }

    private void follow(double t) {
        if (scrubber.isValueChanging()) {
            return;
        }
        updating = true;
        try {
            scrubber.setValue(t);
        } finally {
            updating = false;
        }
    }

    private static Button button(String id, String glyph, String tip, Runnable action) {
        Button b = new Button(glyph);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("playback-button");
        return b;
    }
}
