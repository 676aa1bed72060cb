package org.servelab.seqsched;

import java.util.List;

/**
 * One policy at one arrival rate, over several seeds of the arrivals.
 *
 * @param policy  the policy
 * @param qps     queries per second, Poisson arrivals
 * @param meanJct seconds, one per seed
 * @param p99Jct  seconds, one per seed
 */
public record OnlinePoint(ServingPolicy policy, double qps, List<Double> meanJct, List<Double> p99Jct) {

    public OnlinePoint {
        meanJct = List.copyOf(meanJct);
        p99Jct = List.copyOf(p99Jct);
    }

    public double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
