package org.servelab.ui.model;

import java.util.function.LongConsumer;

/**
 * Calls back once per displayed frame with a monotonic time in nanoseconds. The window uses an
 * animation timer; tests use a clock they tick by hand.
 */
public interface FrameClock {

    /** Starts calling {@code onFrame} once per frame until {@link #stop()}. */
    void start(LongConsumer onFrame);

    void stop();
}
