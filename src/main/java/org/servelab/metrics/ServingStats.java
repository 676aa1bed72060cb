package org.servelab.metrics;

/**
 * What a batching run adds to a {@link RunResult} (docs/batching.md, Metrics). Per-job arrays are in
 * trace order; distributions are over served (not dropped) jobs. Times in the trace's unit.
 *
 * @param preemptions       per job, times it was preempted
 * @param dropped           per job, whether it was dropped (timeout or full waiting queue)
 * @param truncated         per job, whether the output cap cut it
 * @param queueingDelay     per job, start of its first work item minus arrival (NaN if dropped)
 * @param ttft              time to first token over served jobs
 * @param tpot              time per output token after the first, over served jobs with more than one token
 * @param queueing          queueing delay over served jobs
 * @param preemptionsPerJob preemptions over served jobs
 * @param itl               inter-token latency: the gaps between consecutive tokens of served jobs
 * @param iterations        iterations run
 * @param meanBatchSize     work items per iteration, averaged over iterations
 * @param meanBatchTokens   tokens per iteration, averaged over iterations
 * @param kvBlocks          KV capacity in blocks, -1 when unlimited
 * @param kvMeanUse         blocks in use over capacity, averaged over time (NaN when unlimited)
 * @param kvPeakUse         the largest fraction of blocks in use (NaN when unlimited)
 * @param kvPeakBlocks      the largest number of blocks in use
 * @param preemptionsTotal  preemptions in the run
 * @param swappedBlocks     blocks moved between GPU and CPU (out and in)
 * @param truncatedJobs     jobs cut by the output cap
 * @param droppedJobs       jobs dropped
 * @param busyTime          time the server spent running iterations
 */
public record ServingStats(int[] preemptions, boolean[] dropped, boolean[] truncated, double[] queueingDelay,
                           Distribution ttft, Distribution tpot, Distribution queueing, Distribution preemptionsPerJob,
                           Distribution itl,
                           long iterations, double meanBatchSize, double meanBatchTokens, long kvBlocks,
                           double kvMeanUse, double kvPeakUse, long kvPeakBlocks, long preemptionsTotal,
                           long swappedBlocks, int truncatedJobs, int droppedJobs, double busyTime) {

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ServingStats)) {
            return false;
        }
        ServingStats s = (ServingStats) o;
        return java.util.Arrays.equals(preemptions, s.preemptions) && java.util.Arrays.equals(dropped, s.dropped)
                && java.util.Arrays.equals(truncated, s.truncated)
                && java.util.Arrays.equals(queueingDelay, s.queueingDelay) && ttft.equals(s.ttft)
                && tpot.equals(s.tpot) && queueing.equals(s.queueing) && preemptionsPerJob.equals(s.preemptionsPerJob)
                && itl.equals(s.itl)
                && iterations == s.iterations && Double.compare(meanBatchSize, s.meanBatchSize) == 0
                && Double.compare(meanBatchTokens, s.meanBatchTokens) == 0 && kvBlocks == s.kvBlocks
                && Double.compare(kvMeanUse, s.kvMeanUse) == 0 && Double.compare(kvPeakUse, s.kvPeakUse) == 0
                && kvPeakBlocks == s.kvPeakBlocks && preemptionsTotal == s.preemptionsTotal
                && swappedBlocks == s.swappedBlocks && truncatedJobs == s.truncatedJobs && droppedJobs == s.droppedJobs
                && Double.compare(busyTime, s.busyTime) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(preemptions), iterations, preemptionsTotal, busyTime);
    }
}
