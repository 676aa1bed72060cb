package org.servelab.ui.playback;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.i18n.Numbers;
import org.servelab.ui.model.PlaybackModel;

/**
 * Play/pause, stepping, reset, the time scrubber and the speed of the main run. The time readout has a fixed
 * width (that of the run's end), so it never pushes into the speed controls; long runs read in seconds,
 * minutes and hours. Speed is a logarithmic slider, a number typed in (simulated time per second) and a menu
 * of multiples of real time.
 */
public final class PlaybackBar extends HBox {

    /** The speed slider runs over log10(simulated units per second). */
    private static final double MIN_LOG_SPEED = -3;
    private static final double MAX_LOG_SPEED = 7;
    private static final double[] REAL_TIME = {0.01, 0.1, 1, 10, 100, 1000};

    private final PlaybackModel playback;
    private final Messages messages;
    private final Slider scrubber = new Slider(0, 1, 0);
    private final Label time = new Label();
    private final TextField speedField = new TextField();
    private boolean updating;

    public PlaybackBar(PlaybackModel playback, Messages messages) {
        this.playback = playback;
        this.messages = messages;
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
        scrubber.setMinWidth(60);
        scrubber.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                playback.seek(b.doubleValue());
            }
        });
        WeakListeners.on(this, playback.run().timeProperty(), () -> follow(playback.run().getTime()));
        WeakListeners.on(this, playback.playingProperty(), () -> follow(playback.run().getTime()));
        follow(playback.run().getTime());

        time.setId("timeLabel");
        time.getStyleClass().add("time-label");
        time.textProperty().bind(Bindings.createStringBinding(() -> readout(playback.run().getTime()),
                playback.run().timeProperty(), playback.endProperty(), playback.traceProperty()));
        WeakListeners.on(time, playback.endProperty(), this::fixTimeWidth);
        WeakListeners.on(time, time.fontProperty(), this::fixTimeWidth);
        fixTimeWidth();

        Slider speed = new Slider(MIN_LOG_SPEED, MAX_LOG_SPEED, Math.log10(playback.speedProperty().get()));
        speed.setId("speedSlider");
        speed.setFocusTraversable(false);
        speed.setPrefWidth(110);
        speed.setMinWidth(60);
        speed.setTooltip(new Tooltip(messages.get("playback.speed.tip")));
        speed.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                playback.speedProperty().set(Math.pow(10, b.doubleValue()));
            }
        });
        speedField.setId("speedField");
        speedField.setPrefColumnCount(6);
        speedField.setMinWidth(64);
        speedField.setTooltip(new Tooltip(messages.get("playback.speedField.tip")));
        speedField.setOnAction(e -> typedSpeed());
        speedField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                typedSpeed();
            }
        });
        Runnable showSpeed = () -> {
            updating = true;
            try {
                speed.setValue(Math.log10(playback.speedProperty().get()));
                speedField.setText(Numbers.number(playback.speedProperty().get()));
                speedField.getStyleClass().remove("invalid");
            } finally {
                updating = false;
            }
        };
        WeakListeners.on(this, playback.speedProperty(), showSpeed);
        showSpeed.run();
        Label unit = new Label();
        unit.setId("speedLabel");
        unit.setMinWidth(Label.USE_PREF_SIZE);
        unit.textProperty().bind(Bindings.createStringBinding(() -> messages.format("playback.speedUnit",
                playback.traceProperty().get().timeUnit().symbol()), playback.traceProperty()));
        MenuButton times = new MenuButton(messages.get("playback.realTime"));
        times.setId("realTimeMenu");
        times.setFocusTraversable(false);
        times.setMinWidth(Label.USE_PREF_SIZE);
        for (double f : REAL_TIME) {
            MenuItem item = new MenuItem(messages.format("playback.times", Numbers.number(f)));
            item.setOnAction(e -> playback.speedProperty().set(f / playback.traceProperty().get().timeUnit().seconds()));
            times.getItems().add(item);
        }
        MenuItem whole = new MenuItem(messages.get("playback.wholeRun"));
        whole.setOnAction(e -> playback.resetSpeed());
        times.getItems().add(whole);

        Label speedTitle = new Label(messages.get("playback.speedTitle"));
        speedTitle.setMinWidth(Label.USE_PREF_SIZE);
        speedTitle.setTooltip(new Tooltip(messages.get("playback.speed.tip")));
        // the readout changes every frame while playing, at a fixed width: its text lays out the label alone
        org.servelab.ui.bind.LayoutBoundary readout = org.servelab.ui.bind.LayoutBoundary.of(time);
        time.prefWidthProperty().addListener((o, a, b) -> readout.requestLayout());
        time.minWidthProperty().addListener((o, a, b) -> readout.requestLayout());
        getChildren().addAll(reset, back, play, forward, scrubber, readout, resimulating(), speedTitle, speed, speedField,
                unit, times);
        keepKeysForTheRun(scrubber);
        keepKeysForTheRun(speed);
    }

    /** "Re-simulating…" with a spinner while a changed setting is simulated in the background. */
    private HBox resimulating() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        Label text = new Label(messages.get("playback.resimulating"));
        text.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(4, spinner, text);
        box.setId("resimulatingIndicator");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("resimulating");
        Tooltip.install(box, new Tooltip(messages.get("playback.resimulating.tip")));
        box.visibleProperty().bind(playback.resimulatingProperty());
        box.managedProperty().bind(playback.resimulatingProperty());
        return box;
    }

    /**
     * A playback slider never keeps the keyboard focus: after dragging it, Home, Space and the arrows still
     * drive the run instead of moving the slider (one key, one action).
     */
    private static void keepKeysForTheRun(Slider s) {
        s.focusedProperty().addListener((o, was, focused) -> {
            if (focused && s.getScene() != null) {
                s.getScene().getRoot().requestFocus();
            }
        });
    }

    private String readout(double t) {
        String unit = playback.traceProperty().get().timeUnit().symbol();
        double seconds = playback.traceProperty().get().timeUnit().seconds();
        return messages.format("playback.readout", Numbers.time(t, unit, seconds),
                Numbers.time(playback.endProperty().get(), unit, seconds));
    }

    /** Wide enough for the longest readout this run can show, so that the bar does not jump. */
    private void fixTimeWidth() {
        Text probe = new Text(readout(playback.endProperty().get()).replaceAll("[0-9]", "8"));
        probe.setFont(time.getFont());
        double w = Math.ceil(probe.getLayoutBounds().getWidth()) + 16;
        time.setMinWidth(w);
        time.setPrefWidth(w);
    }

    private void typedSpeed() {
        try {
            double v = Double.parseDouble(speedField.getText().trim().replace(",", ""));
            if (v > 0 && !Double.isInfinite(v)) {
                playback.speedProperty().set(v);
                speedField.getStyleClass().remove("invalid");
                return;
            }
        } catch (NumberFormatException e) {
            // shown below
        }
        if (!speedField.getStyleClass().contains("invalid")) {
            speedField.getStyleClass().add("invalid");
        }
    }

    private void follow(double t) {
        if (scrubber.isValueChanging()) {
            return;
        }
        double range = scrubber.getMax() - scrubber.getMin();
        if (playback.playingProperty().get() && range > 0 && t > scrubber.getValue()
                && (t - scrubber.getValue()) / range * scrubber.getWidth() < 0.5) {
            // playing: the thumb would move less than half a pixel; it moves (and is redrawn) once it would show
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
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }
}
