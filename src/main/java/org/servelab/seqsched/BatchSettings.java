package org.servelab.seqsched;

/**
 * The settings of an offline batch run besides its strategy.
 *
 * @param groupSize      queries scheduled together, taken in data order (the paper: 256)
 * @param batchSize      queries per static batch without VBS, and per FCR re-run batch (the paper: 16)
 * @param maxLength      no batch runs more iterations; longer responses are cut here (the paper: 512)
 * @param predictionCost whether the predictions' own batches are priced
 * @param seed           seeds a noisy predictor
 */
public record BatchSettings(int groupSize, int batchSize, int maxLength, PredictionCost predictionCost, long seed) {

    public static final int DEFAULT_GROUP_SIZE = 256;
    public static final int DEFAULT_BATCH_SIZE = 16;
    public static final int DEFAULT_MAX_LENGTH = 512;

    /** Whether the predictions' batches are priced. */
    public enum PredictionCost {
        /** When the served model predicts ({@link Predictor#servedModel()}). */
        AUTO,
        ALWAYS,
        NEVER;

        boolean applies(Predictor p) {
            return this == ALWAYS || (this == AUTO && p.servedModel());
        }
    }

    /** @throws IllegalArgumentException when a size or the max length is below 1 */
    public BatchSettings {
        if (groupSize < 1) {
            throw new IllegalArgumentException("group size must be at least 1, got " + groupSize);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("max length must be at least 1, got " + maxLength);
        }
        if (predictionCost == null) {
            predictionCost = PredictionCost.AUTO;
        }
    }

    /** The paper's settings: groups of 256, batches of 16, max length 512. */
    public static BatchSettings paper(long seed) {
        return new BatchSettings(DEFAULT_GROUP_SIZE, DEFAULT_BATCH_SIZE, DEFAULT_MAX_LENGTH, PredictionCost.AUTO, seed);
    }

    public BatchSettings withBatchSize(int n) {
        return new BatchSettings(groupSize, n, maxLength, predictionCost, seed);
    }

    public BatchSettings withSeed(long s) {
        return new BatchSettings(groupSize, batchSize, maxLength, predictionCost, s);
    }
}
