package org.servelab.seqsched;

/**
 * The throughput of one way of serving all the queries at once, at one batch size.
 *
 * @param series     the way: a static strategy or a continuous-batching policy
 * @param batchSize  the batch size (static) or the largest batch (continuous)
 * @param throughput queries per second, prediction batches included when the served model predicts
 */
public record CapacityPoint(String series, int batchSize, double throughput) {
}
