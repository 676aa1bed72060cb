package org.servelab.policy;

/**
 * A policy's decision: run this job now.
 *
 * <p>A dispatch lets the engine run several iterations back to back without asking again, which makes
 * the engine's cost grow with decisions rather than tokens. The engine stops the run at the first
 * iteration boundary where any of these holds: {@code maxIterations} iterations have run, the job has
 * finished, the boundary is at or after {@code reconsiderAt}, or (when {@code preemptible}) a new job
 * has arrived by then. Running fewer iterations than allowed must never change the schedule: the
 * policy would decide the same at the boundaries in between.
 *
 * @param job           the job to run (trace index)
 * @param level         the queue level it runs from (0-based), for display and events
 * @param maxIterations at most this many iterations, at least 1
 * @param reconsiderAt  a time after which the policy wants to decide again (its own timers), or +inf
 * @param preemptible   whether an arrival ends the run at the next boundary
 */
public record Dispatch(int job, int level, int maxIterations, double reconsiderAt, boolean preemptible) {

    public Dispatch {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
    }
}
