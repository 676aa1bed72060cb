package org.servelab.experiment;

/**
 * One workload point of a sweep; every policy configuration runs on the same trace for it.
 *
 * @param x         the load or the rate (jobs per second), as the sweep's target says
 * @param cv        the coefficient of variation of the arrival gaps
 * @param seed      the seed of the trace
 * @param costModel the cost model pricing the jobs (empty: the sweep's only one)
 * @param order     the order requests are sent in
 */
public record WorkloadKey(double x, double cv, long seed, String costModel, String order) {

    /** A point of a sweep with one cost model, requests sent as drawn. */
    public WorkloadKey(double x, double cv, long seed) {
        this(x, cv, seed, "", "as-is");
    }
}
