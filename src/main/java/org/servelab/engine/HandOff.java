package org.servelab.engine;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A one-slot hand-off from one thread to another, for the scheduler and the inference thread, which pass a
 * decision back and forth. The taker spins for up to {@link #SPIN_NANOS} before it parks: a parked thread
 * takes tens of microseconds to wake (more on a virtual machine whose other core is idle), while the
 * other side's work on an unpaced run takes a microsecond or two, so most hand-offs find the item while
 * spinning and no thread sleeps. A hand-off made not to spin (a paced run, where the other side sleeps for
 * the iteration) and any hand-off on one processor park at once. Interrupting a waiting thread makes it throw
 * {@link InterruptedException}.
 */
final class HandOff<T> {

    /** How long a taker spins before parking. */
    static final long SPIN_NANOS = 100_000;
    private static final boolean MULTICORE = Runtime.getRuntime().availableProcessors() > 1;

    private final AtomicReference<T> slot = new AtomicReference<>();
    private final boolean spin;
    private volatile Thread waiter;

    /** @param spin whether a taker spins before it parks (on more than one processor) */
    HandOff(boolean spin) {
        this.spin = spin && MULTICORE;
    }

    /** Leaves {@code item} in the slot (waiting while the previous one is still there) and wakes the taker. */
    void put(T item) throws InterruptedException {
        while (!slot.compareAndSet(null, item)) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.onSpinWait();
        }
        Thread w = waiter;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    /** Waits for an item and takes it. */
    T take() throws InterruptedException {
        if (spin) {
            long start = System.nanoTime();
            for (int i = 0; ; i++) {
                T x = slot.get();
                if (x != null && slot.compareAndSet(x, null)) {
                    return x;
                }
                if ((i & 63) == 63) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                    if (System.nanoTime() - start > SPIN_NANOS) {
                        break;
                    }
                }
                Thread.onSpinWait();
            }
        }
        // publish the waiter before looking again: put() writes the slot and then reads the waiter, so one of
        // the two sees the other's write and the item is never missed
        waiter = Thread.currentThread();
        try {
            while (true) {
                T x = slot.get();
                if (x != null && slot.compareAndSet(x, null)) {
                    return x;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                LockSupport.park(this);
            }
        } finally {
            waiter = null;
        }
    }
}
