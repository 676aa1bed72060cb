package org.servelab.engine;

import java.util.concurrent.Semaphore;

/**
 * Each iteration waits for a permit: the run advances one iteration per {@link #step()}. Arrivals and
 * idle gaps take no permit.
 */
public final class SteppedPacer implements Pacer {

    private final Semaphore permits = new Semaphore(0);

    /** Lets one more iteration run. */
    public void step() {
        permits.release();
    }

    /** Lets {@code n} more iterations run. */
    public void step(int n) {
        permits.release(n);
    }

    @Override
    public void awaitTime(double t) {
    }

    @Override
    public boolean stepsIterations() {
        return true;
    }

    @Override
    public void beforeIteration() throws InterruptedException {
        permits.acquire();
    }
}
