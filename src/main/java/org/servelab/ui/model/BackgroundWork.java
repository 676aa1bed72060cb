package org.servelab.ui.model;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ThreadFactory;

/**
 * Holds the window's background work (filling checkpoints, simulating the runs of the comparison) while a
 * run plays, so that it does not take the cores from the JavaFX and render threads; it goes on where it
 * stopped once nothing plays. Java thread priorities mean nothing on Linux, so the work is paused, not
 * lowered.
 *
 * <p>Each player holds the work while it plays ({@link #hold}) and lets it go when it stops
 * ({@link #release}); the work runs while nobody holds it. A background thread made by {@link #threads}
 * waits at {@link #pauseHere()}, which the simulation and the checkpoint filling call every few thousand
 * events; on any other thread (the JavaFX thread, a test) that call only checks for interruption.
 */
public final class BackgroundWork {

    private static final ThreadLocal<BackgroundWork> CURRENT = new ThreadLocal<>();

    private final Map<Object, Boolean> holders = new IdentityHashMap<>();
    private long pauses;
    private int urgent;

    /** Holds the work for {@code holder} (a player that starts playing); holding twice is holding once. */
    public synchronized void hold(Object holder) {
        holders.put(holder, Boolean.TRUE);
    }

    /** Lets go of the work for {@code holder}; it resumes once nobody holds it. */
    public synchronized void release(Object holder) {
        if (holders.remove(holder) != null && holders.isEmpty()) {
            notifyAll();
        }
    }

    /** Whether someone holds the work now. */
    public synchronized boolean held() {
        return !holders.isEmpty();
    }

    /**
     * Runs {@code waiting} (which waits for background work) with the work let through even while held, so
     * that waiting for it on the JavaFX thread never waits for ever.
     */
    public void letThrough(Runnable waiting) {
        synchronized (this) {
            urgent++;
            notifyAll();
        }
        try {
            waiting.run();
        } finally {
            synchronized (this) {
                urgent--;
            }
        }
    }

    /** How many times a background thread has waited for the work to be let go (tests). */
    public synchronized long pauses() {
        return pauses;
    }

    /** Makes daemon threads named {@code name} whose work pauses while this is held. */
    public ThreadFactory threads(String name) {
        return r -> {
            Thread t = new Thread(() -> {
                CURRENT.set(this);
                r.run();
            }, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Called by long work every few thousand steps: on a thread of {@link #threads}, waits while the work is
     * held; anywhere, stops the work when its thread was interrupted (a newer change superseded it).
     *
     * @throws java.util.concurrent.CancellationException when the thread was interrupted
     */
    static void pauseHere() {
        BackgroundWork w = CURRENT.get();
        if (w != null) {
            w.awaitReleased();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("superseded");
        }
    }

    private synchronized void awaitReleased() {
        if (holders.isEmpty() || urgent > 0) {
            return;
        }
        pauses++;
        while (!holders.isEmpty() && urgent == 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
