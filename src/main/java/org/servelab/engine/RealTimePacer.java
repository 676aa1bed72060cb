package org.servelab.engine;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Simulated time runs at {@code speed} times real time: with a trace in milliseconds and speed 1, a
 * 5 ms prefill takes 5 ms of wall time. Speed can change and the pacer can pause while a run goes on;
 * both re-anchor the clock so that simulated time never jumps.
 */
public final class RealTimePacer implements Pacer {

    private final double unitNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private double speed;
    private boolean paused;
    private long anchorWall;
    private double anchorSim;

    /**
     * @param unitSeconds seconds per simulated time unit (1e-3 for a trace in ms)
     * @param speed       simulated seconds per wall second, > 0
     */
    public RealTimePacer(double unitSeconds, double speed) {
        checkSpeed(speed);
        this.unitNanos = unitSeconds * 1e9;
        this.speed = speed;
    }

    private static void checkSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, got " + speed);
        }
    }

    @Override
    public void start() {
        lock.lock();
        try {
            anchorWall = System.nanoTime();
            anchorSim = 0;
        } finally {
            lock.unlock();
        }
    }

    /** The simulated time that is due now. */
    public double now() {
        lock.lock();
        try {
            return simAt(System.nanoTime());
        } finally {
            lock.unlock();
        }
    }

    private double simAt(long wall) {
        if (paused) {
            return anchorSim;
        }
        return anchorSim + (wall - anchorWall) * speed / unitNanos;
    }

    public void setSpeed(double newSpeed) {
        checkSpeed(newSpeed);
        lock.lock();
        try {
            reanchor();
            speed = newSpeed;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public double speed() {
        lock.lock();
        try {
            return speed;
        } finally {
            lock.unlock();
        }
    }

    public void setPaused(boolean pause) {
        lock.lock();
        try {
            if (pause != paused) {
                reanchor();
                paused = pause;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private void reanchor() {
        long wall = System.nanoTime();
        anchorSim = simAt(wall);
        anchorWall = wall;
    }

    @Override
    public void awaitTime(double t) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                if (paused) {
                    changed.await();
                    continue;
                }
                long wall = System.nanoTime();
                double due = simAt(wall);
                if (due >= t) {
                    return;
                }
                long waitNanos = (long) Math.ceil((t - due) * unitNanos / speed);
                changed.awaitNanos(Math.max(1, waitNanos));
            }
        } finally {
            lock.unlock();
        }
    }
}
