package org.servelab.experiment;

/**
 * Hears about a sweep's progress. Called from the worker threads, one call at a time (the runner
 * serialises them), in the order runs finish, which is not the grid order.
 */
@FunctionalInterface
public interface SweepListener {

    /** Listens to nothing. */
    SweepListener NONE = (row, done, total) -> { };

    /**
     * A run finished.
     *
     * @param done  runs finished so far, including this one
     * @param total runs this sweep (or shard) has
     */
    void runDone(SweepRow row, int done, int total);
}
