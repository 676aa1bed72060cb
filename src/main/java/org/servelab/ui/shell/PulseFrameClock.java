package org.servelab.ui.shell;

import java.util.function.LongConsumer;

import javafx.animation.AnimationTimer;

import org.servelab.ui.model.FrameClock;

/** The frame clock of the window: an animation timer, called once per JavaFX pulse. */
public final class PulseFrameClock implements FrameClock {

    private AnimationTimer timer;

    @Override
    public void start(LongConsumer onFrame) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.accept(now);
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
