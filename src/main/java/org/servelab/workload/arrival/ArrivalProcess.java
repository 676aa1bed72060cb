package org.servelab.workload.arrival;

import org.servelab.workload.TimeUnit;

/** Produces the arrival times of a trace's jobs, in trace order. */
public interface ArrivalProcess {

    /**
     * Arrival times of {@code n} jobs, non-decreasing, the first at 0, in {@code unit}. Calling it again
     * gives the same times.
     */
    double[] times(int n, TimeUnit unit);

    /** One line for logs and results, such as {@code poisson 2 jobs/s (seed 1)}. */
    String describe();
}
