package org.servelab.engine;

/**
 * Published by the producer: the arrival time of the next job it has not sent yet ({@code +inf} once
 * all are sent). The scheduler admits and decides at time t only once the watermark is above t, so it
 * never decides before every job due by t is in the buffer, whatever the threads' timing.
 */
final class Watermark {

    private double value;

    Watermark(double initial) {
        this.value = initial;
    }

    synchronized void advance(double next) {
        value = next;
        notifyAll();
    }

    /** Waits until the watermark is above {@code t} and returns it. */
    synchronized double awaitAbove(double t) throws InterruptedException {
        while (!(value > t)) {
            wait();
        }
        return value;
    }
}
