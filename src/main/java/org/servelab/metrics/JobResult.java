package org.servelab.metrics;

import org.servelab.workload.TimeGrid;

/**
 * One job's outcome. Times are in the trace's unit.
 *
 * @param id           the job's id
 * @param arrival      arrival time
 * @param firstToken   time the first token (the prefill) was done
 * @param finish       time the last token was done
 * @param outputTokens tokens made
 * @param serviceTime  time it needs on an idle server
 */
public record JobResult(String id, double arrival, double firstToken, double finish, int outputTokens,
                        double serviceTime) {

    /** Job completion time: finish minus arrival. */
    public double jct() {
        return TimeGrid.add(finish, -arrival);
    }

    /** Time to first token: first token minus arrival. */
    public double ttft() {
        return TimeGrid.add(firstToken, -arrival);
    }

    /** JCT divided by service time (1 means it never waited). */
    public double slowdown() {
        return jct() / serviceTime;
    }
}
