package org.servelab.workload.generate;

import org.servelab.workload.TimedTrace;

/**
 * A generated trace with the rate and load it was made at.
 *
 * @param trace           the jobs, their arrivals and iteration times
 * @param jobsPerSecond   the arrival rate asked of the arrival process
 * @param load            the offered load: {@code jobsPerSecond x mean service time}; at 1 or more the
 *                        server cannot keep up and the queue grows without bound
 * @param meanServiceTime the jobs' mean service time in the trace's unit
 * @param arrivals        the arrival process in words
 */
public record Workload(TimedTrace trace, double jobsPerSecond, double load, double meanServiceTime, String arrivals) {

    /** Whether the server cannot keep up: a load of 1 or more. */
    public boolean overloaded() {
        return load >= 1;
    }
}
