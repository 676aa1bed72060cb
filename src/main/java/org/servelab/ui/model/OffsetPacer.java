package org.servelab.ui.model;

import org.servelab.engine.Pacer;
import org.servelab.engine.RealTimePacer;

/**
 * Real-time pacing that resumes at simulated time {@code from} instead of 0: everything up to
 * {@code from} runs without waiting (the display already shows it), and the clock starts only when the
 * run first waits for a later time, so catching up never shows up as time passing. After that, time
 * runs at the speed of the wrapped {@link RealTimePacer}, which can be paused and sped up.
 */
final class OffsetPacer implements Pacer {

    private final RealTimePacer clock;
    private final double from;
    private volatile boolean started;

    OffsetPacer(RealTimePacer clock, double from) {
        this.clock = clock;
        this.from = from;
    }

    @Override
    public void start() {
    }

    @Override
    public void awaitTime(double t) throws InterruptedException {
        if (t <= from) {
            return;
        }
        if (!started) {
            startClock();
        }
        clock.awaitTime(t - from);
    }

    private synchronized void startClock() {
        if (!started) {
            clock.start();
            started = true;
        }
    }

    /** The simulated time due now: {@code from} until the run has caught up with it. */
    double now() {
        return started ? from + clock.now() : from;
    }

    void setSpeed(double speed) {
        clock.setSpeed(speed);
    }

    void setPaused(boolean paused) {
        clock.setPaused(paused);
    }
}
