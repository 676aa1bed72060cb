package org.servelab.experiment;

/**
 * One workload point of a sweep; every policy configuration runs on the same trace for it.
 *
 * @param x    the load or the rate (jobs per second), as the sweep's target says
 * @param cv   the coefficient of variation of the arrival gaps
 * @param seed the seed of the trace
 */
public record WorkloadKey(double x, double cv, long seed) {
}
