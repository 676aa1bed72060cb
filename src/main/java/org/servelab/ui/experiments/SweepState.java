package org.servelab.ui.experiments;

/** Where the Experiments tab's sweep is. */
public enum SweepState {
    /** No sweep has run yet. */
    IDLE,
    /** Runs are going on. */
    RUNNING,
    /** Cancel was asked: the runs in progress finish, no new one starts. */
    CANCELLING,
    /** Every run finished. */
    FINISHED,
    /** Stopped by Cancel; the runs that finished are kept. */
    CANCELLED,
    /** A run or the workload failed; the runs that finished are kept. */
    FAILED;

    /** Whether a sweep is under way (running or cancelling). */
    public boolean busy() {
        return this == RUNNING || this == CANCELLING;
    }
}
