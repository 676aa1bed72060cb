package org.servelab.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Runs actions on the JavaFX thread one after another, each after a pause, so that the window can
 * lay out, animate and paint in between (screenshots, measurements). The pause is wall time and at
 * least {@link #MIN_PULSES} pulses: a slow pulse (a new window laid out, a font loaded for the first
 * time) must not let the next action run before the canvases have painted what the last one did.
 */
final class Sequence {

    static final int MIN_PULSES = 3;

    /** An action that may fail. */
    interface Action {
        void run() throws Exception;
    }

    private record Step(double pauseMillis, Action action) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private final Consumer<Exception> onError;

    Sequence(Consumer<Exception> onError) {
        this.onError = onError;
    }

    Sequence then(double pauseMillis, Action action) {
        steps.add(new Step(pauseMillis, action));
        return this;
    }

    void start() {
        Step next = steps.poll();
        if (next == null) {
            return;
        }
        PauseTransition pause = new PauseTransition(Duration.millis(next.pauseMillis()));
        pause.setOnFinished(e -> afterPulses(MIN_PULSES, () -> {
            try {
                next.action().run();
            } catch (Exception ex) {
                steps.clear();
                onError.accept(ex);
                return;
            }
            start();
        }));
        pause.play();
    }

    private static void afterPulses(int pulses, Runnable task) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    Platform.runLater(task);
                }
            }
        }.start();
    }
}
