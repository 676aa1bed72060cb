package org.servelab.engine;

/**
 * Maps simulated time to waiting, shared by the threads of a {@link ThreadedEngine}. Results never
 * depend on the pacer: it only decides how long the threads wait.
 */
public interface Pacer {

    /** Called once when a run starts, before any thread waits. */
    default void start() {
    }

    /** Blocks until simulated time {@code t} is due (returns at once if it is). */
    void awaitTime(double t) throws InterruptedException;

    /** Blocks before each iteration until it may run (stepping). */
    default void beforeIteration() throws InterruptedException {
    }

    /** Whether {@link #beforeIteration} may block, so that every iteration must be paced on its own. */
    default boolean stepsIterations() {
        return false;
    }

    /**
     * Whether this pacer makes the threads wait for time to pass. An unpaced run's hand-offs spin before
     * they park (a decision comes back within microseconds); a paced one's park at once, since the
     * inference thread is asleep for the iteration.
     */
    default boolean waits() {
        return true;
    }

    /** No waiting at all: the threads go as fast as the hand-offs allow. */
    static Pacer virtual() {
        return new Pacer() {
            @Override
            public void awaitTime(double t) {
            }

            @Override
            public boolean waits() {
                return false;
            }
        };
    }
}
