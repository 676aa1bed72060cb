package org.servelab.ui.model;

import java.util.function.LongConsumer;

/** A frame clock the test ticks by hand: one {@link #tick()} is one frame. */
public final class ManualFrameClock implements FrameClock {

    private static final long FRAME_NANOS = 16_666_667L;

    private LongConsumer onFrame;
    private long now;

    @Override
    public void start(LongConsumer listener) {
        this.onFrame = listener;
    }

    @Override
    public void stop() {
        onFrame = null;
    }

    public void tick() {
        now += FRAME_NANOS;
        if (onFrame != null) {
            onFrame.accept(now);
        }
    }
}
