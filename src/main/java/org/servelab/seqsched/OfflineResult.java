package org.servelab.seqsched;

import java.util.List;

/**
 * What an offline batch run did and its metrics (docs/experiments.md):
 * <ul>
 * <li>throughput: queries / total seconds, the prediction batches included when they were priced;</li>
 * <li>average length: the mean over queries of the iterations charged to them (the length of the batch that
 * returned their response: a re-run member is charged its re-run batch);</li>
 * <li>effective token ratio: the sum of true lengths cut at the max length over the sum of charged lengths;</li>
 * <li>failure ratio: the share of queries FCR re-ran.</li>
 * </ul>
 *
 * @param queries     the queries, in data order
 * @param strategy    how the batches were formed
 * @param settings    sizes, max length, seed
 * @param costModel   the cost model's name
 * @param predicted   each query's prediction as used (cut at the max length)
 * @param batches     every batch in the order they ran
 * @param batchOf     per query, the batch that returned its response
 * @param failedIn    per query, the batch it did not finish in before FCR re-ran it, or -1
 * @param quality     the predictions against their labels, before they were cut at the max length
 */
public record OfflineResult(QuerySet queries, Strategy strategy, BatchSettings settings, String costModel,
                            int[] predicted, List<OfflineBatch> batches, int[] batchOf, int[] failedIn,
                            PredictionQuality quality) {

    public OfflineResult {
        batches = List.copyOf(batches);
    }

    public int size() {
        return queries.size();
    }

    /** The whole run, prediction batches included when priced. */
    public double totalSeconds() {
        return batches.isEmpty() ? 0 : batches.get(batches.size() - 1).end();
    }

    /** The prediction batches' share of {@link #totalSeconds()}. */
    public double predictionSeconds() {
        return batches.stream().filter(b -> b.kind() == OfflineBatch.Kind.PREDICT).mapToDouble(OfflineBatch::seconds)
                .sum();
    }

    /** Queries per second. */
    public double throughput() {
        return size() / totalSeconds();
    }

    /** The iterations charged to query {@code q}: the length of the batch that returned its response. */
    public int charged(int q) {
        return batches.get(batchOf[q]).length();
    }

    public double averageLength() {
        long sum = 0;
        for (int q = 0; q < size(); q++) {
            sum += charged(q);
        }
        return (double) sum / size();
    }

    /** The useful tokens of query {@code q}: its true length cut at the max length. */
    public int useful(int q) {
        return Math.min(queries.get(q).length(), settings.maxLength());
    }

    public double effectiveTokenRatio() {
        long useful = 0;
        long charged = 0;
        for (int q = 0; q < size(); q++) {
            useful += useful(q);
            charged += charged(q);
        }
        return (double) useful / charged;
    }

    /** Queries FCR re-ran. */
    public int failures() {
        int n = 0;
        for (int b : failedIn) {
            n += b >= 0 ? 1 : 0;
        }
        return n;
    }

    /** The members FCR re-ran from batch {@code b}, in the order they failed; none for other batches. */
    public int[] failedFrom(OfflineBatch b) {
        return java.util.Arrays.stream(b.unfinished()).filter(q -> failedIn[q] == b.index()).toArray();
    }

    public double failureRatio() {
        return (double) failures() / size();
    }

    /** Queries whose response was cut at the max length. */
    public int cut() {
        int n = 0;
        for (Query q : queries.queries()) {
            n += q.length() > settings.maxLength() ? 1 : 0;
        }
        return n;
    }

    /** The batches that ran the queries (prediction batches left out). */
    public long servingBatches() {
        return batches.stream().filter(b -> b.kind() != OfflineBatch.Kind.PREDICT).count();
    }
}
