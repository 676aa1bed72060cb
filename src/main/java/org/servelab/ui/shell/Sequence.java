package org.servelab.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs actions on the JavaFX thread one after another, each after a pause, so that the window can
 * lay out, animate and paint in between (screenshots, measurements).
 */
final class Sequence {

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
        pause.setOnFinished(e -> {
            try {
                next.action().run();
            } catch (Exception ex) {
                steps.clear();
                onError.accept(ex);
                return;
            }
            start();
        });
        pause.play();
    }
}
