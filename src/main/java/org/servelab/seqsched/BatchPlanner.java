package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts one group into batches (docs/experiments.md, "Sequence scheduling"): the queries are sorted by
 * prediction, ascending and stable; then either consecutive slices of the batch size, capped at their
 * largest prediction, or with VBS buckets of predictions rounded up to a multiple of 50, each cut into slices
 * of the bucket's own size and capped at the bucket's value. A bucket's last slice that is smaller than
 * {@code max(size / 2, 16)}, in a bucket below the group's largest prediction, is moved to the end of the next
 * larger non-empty bucket instead.
 */
final class BatchPlanner {

    /** Bucket value to batch size; 16 above. */
    private static final int[][] BUCKET_SIZES = {{50, 256}, {100, 128}, {150, 64}, {200, 32}};
    private static final int LARGE_BUCKET_SIZE = 16;
    private static final int SMALLEST_SLICE = 16;

    private BatchPlanner() {
    }

    /** The prediction rounded up to a multiple of 50. */
    static int bucketOf(int prediction) {
        return (prediction + Predictor.STEP - 1) / Predictor.STEP * Predictor.STEP;
    }

    /** The batch size of a VBS bucket: 256 for 50, 128 for 100, 64 for 150, 32 for 200, 16 for 250 and above. */
    static int bucketBatchSize(int bucket) {
        for (int[] e : BUCKET_SIZES) {
            if (bucket == e[0]) {
                return e[1];
            }
        }
        return LARGE_BUCKET_SIZE;
    }

    /**
     * Plans the batches of a group.
     *
     * @param predicted the group's predictions, in data order
     */
    static List<PlannedBatch> plan(int[] predicted, int batchSize, boolean vbs) {
        int[] order = sortedByPrediction(predicted);
        return vbs ? variable(order, predicted) : fixed(order, predicted, batchSize);
    }

    private static int[] sortedByPrediction(int[] predicted) {
        return java.util.stream.IntStream.range(0, predicted.length).boxed()
                .sorted((a, b) -> Integer.compare(predicted[a], predicted[b]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static List<PlannedBatch> fixed(int[] order, int[] predicted, int batchSize) {
        List<PlannedBatch> out = new ArrayList<>();
        for (int i = 0; i < order.length; i += batchSize) {
            int[] members = Arrays.copyOfRange(order, i, Math.min(order.length, i + batchSize));
            int cap = 0;
            for (int m : members) {
                cap = Math.max(cap, predicted[m]);
            }
            out.add(new PlannedBatch(members, cap));
        }
        return out;
    }

    private static List<PlannedBatch> variable(int[] order, int[] predicted) {
        TreeMap<Integer, List<Integer>> buckets = new TreeMap<>();
        int largest = 0;
        for (int m : order) {
            buckets.computeIfAbsent(bucketOf(predicted[m]), k -> new ArrayList<>()).add(m);
            largest = Math.max(largest, predicted[m]);
        }
        List<PlannedBatch> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : buckets.entrySet()) {
            int bucket = e.getKey();
            List<Integer> ids = e.getValue();
            int size = bucketBatchSize(bucket);
            for (int i = 0; i < ids.size(); i += size) {
                List<Integer> slice = ids.subList(i, Math.min(ids.size(), i + size));
                if (bucket < largest && slice.size() < Math.max(size / 2, SMALLEST_SLICE)) {
                    buckets.higherEntry(bucket).getValue().addAll(slice);
                    break;
                }
                out.add(new PlannedBatch(slice.stream().mapToInt(Integer::intValue).toArray(), bucket));
            }
        }
        return out;
    }
}
