package org.servelab.experiment;

import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.ServingStats;

/**
 * What a sweep row reports beyond the JCT summary: the serving engineer's numbers. Times in the trace's unit.
 *
 * @param totalTime      first request sent to last response finished (served or not, the first send counts)
 * @param lost           requests dropped ({@code --max-waiting}, {@code --timeout})
 * @param truncated      responses cut by {@code --max-output}
 * @param averageItl     mean inter-token gap over served jobs ({@code NaN} at batch size 1)
 * @param p99Itl         its nearest-rank 99th percentile
 * @param averageTpot    mean time per output token after the first
 * @param p99Tpot        its 99th percentile
 * @param averageQueueing mean queueing delay (arrival to first work)
 * @param preemptions    preemptions in the run
 * @param meanBatchSize  work items per iteration, averaged over iterations
 * @param kvPeakUse      peak share of KV blocks in use ({@code NaN} when memory is unlimited)
 * @param kvCapacity     KV blocks the run had (-1: unlimited)
 */
public record ServingMetrics(double totalTime, int lost, int truncated, double averageItl, double p99Itl,
                             double averageTpot, double p99Tpot, double averageQueueing, long preemptions,
                             double meanBatchSize, double kvPeakUse, long kvCapacity) {

    /** The metrics of a run; a batch-size-1 run has its total time and no losses, the rest {@code NaN}. */
    public static ServingMetrics of(RunResult r) {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (JobResult j : r.jobs()) {
            first = Math.min(first, j.arrival());
            if (!Double.isNaN(j.finish())) {
                last = Math.max(last, j.finish());
            }
        }
        double total = last >= first ? last - first : 0;
        ServingStats s = r.serving();
        if (s == null) {
            return new ServingMetrics(total, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
                    1, Double.NaN, -1);
        }
        return new ServingMetrics(total, s.droppedJobs(), s.truncatedJobs(), s.itl().mean(), s.itl().p99(),
                s.tpot().mean(), s.tpot().p99(), s.queueing().mean(), s.preemptionsTotal(), s.meanBatchSize(),
                s.kvPeakUse(), s.kvBlocks());
    }

    /** For a row without these columns (a CSV written before they existed). */
    public static ServingMetrics unknown(double makespan) {
        return new ServingMetrics(makespan, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
                Double.NaN, Double.NaN, -1);
    }
}
