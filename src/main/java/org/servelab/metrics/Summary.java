package org.servelab.metrics;

import java.util.List;

/**
 * Aggregate metrics of a run; see {@code docs/metrics.md} for the definitions. Times are in the
 * trace's unit, rates per second.
 */
public record Summary(int jobs, double averageJct, double p50Jct, double p90Jct, double p99Jct, double maxJct,
                      double averageTtft, double p99Ttft, double averageSlowdown, double makespan,
                      double throughput, double tokenThroughput) {

    /**
     * Computes the summary of finished jobs.
     *
     * @param unitSeconds seconds per time unit, to express throughput per second
     */
    public static Summary of(List<JobResult> results, double unitSeconds) {
        int n = results.size();
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, 0, 0, 0);
        }
        double[] jct = new double[n];
        double[] ttft = new double[n];
        double sumJct = 0;
        double sumTtft = 0;
        double sumSlow = 0;
        double firstArrival = Double.POSITIVE_INFINITY;
        double lastFinish = Double.NEGATIVE_INFINITY;
        long tokens = 0;
        for (int i = 0; i < n; i++) {
            JobResult r = results.get(i);
            jct[i] = r.jct();
            ttft[i] = r.ttft();
            sumJct += jct[i];
            sumTtft += ttft[i];
            sumSlow += r.slowdown();
            firstArrival = Math.min(firstArrival, r.arrival());
            lastFinish = Math.max(lastFinish, r.finish());
            tokens += r.outputTokens();
        }
        // the sums above are made in job order; the percentiles need only selection, not a sort
        double[] pj = Percentiles.select(jct, 50, 90, 99, 100);
        double pt = Percentiles.select(ttft, 99)[0];
        double makespan = lastFinish - firstArrival;
        double seconds = makespan * unitSeconds;
        return new Summary(n, sumJct / n, pj[0], pj[1],
                pj[2], pj[3], sumTtft / n, pt,
                sumSlow / n, makespan, seconds > 0 ? n / seconds : Double.NaN,
                seconds > 0 ? tokens / seconds : Double.NaN);
    }
}
