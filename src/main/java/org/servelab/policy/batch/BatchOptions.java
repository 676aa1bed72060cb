package org.servelab.policy.batch;

/**
 * The limits and memory settings of a batching run (docs/batching.md).
 *
 * @param maxBatch       sequences per iteration, at least 1
 * @param maxBatchTokens tokens per iteration (a chunk counts its length, a decode 1), at least 1
 * @param mode           how fcfs mixes prefills and decodes
 * @param blockSize      tokens per KV block, at least 1
 * @param kvBlocks       KV capacity in blocks, or -1 for unlimited
 * @param preemption     what happens to a job that must make room
 * @param swapBlocks     CPU swap pool in blocks, or -1 for unlimited
 * @param maxOutput      output cap in tokens, or -1 for none
 * @param maxWaiting     an arrival finding this many waiting jobs is dropped; -1 for no limit
 * @param timeout        a job without a token this long after its arrival is dropped; +inf for never
 */
public record BatchOptions(int maxBatch, int maxBatchTokens, BatchingMode mode, int blockSize, long kvBlocks,
                           Preemption preemption, long swapBlocks, int maxOutput, int maxWaiting, double timeout) {

    public static final int DEFAULT_MAX_BATCH = 256;
    public static final int DEFAULT_MAX_BATCH_TOKENS = 2048;
    public static final int DEFAULT_BLOCK_SIZE = 16;

    public BatchOptions {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("max-batch must be at least 1, got " + maxBatch);
        }
        if (maxBatchTokens < 1) {
            throw new IllegalArgumentException("max-batch-tokens must be at least 1, got " + maxBatchTokens);
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("block-size must be at least 1, got " + blockSize);
        }
        if (kvBlocks < -1 || kvBlocks == 0) {
            throw new IllegalArgumentException("kv-blocks must be at least 1, got " + kvBlocks);
        }
        if (swapBlocks < -1) {
            throw new IllegalArgumentException("swap-blocks must be at least 0, got " + swapBlocks);
        }
        if (maxOutput < -1 || maxOutput == 0) {
            throw new IllegalArgumentException("max-output must be at least 1, got " + maxOutput);
        }
        if (maxWaiting < -1) {
            throw new IllegalArgumentException("max-waiting must be at least 0, got " + maxWaiting);
        }
        if (!(timeout > 0)) {
            throw new IllegalArgumentException("timeout must be a positive time, got " + timeout);
        }
    }

    /** The defaults: batch 256, 2048 tokens, chunked, blocks of 16, unlimited memory, recompute, no caps. */
    public static BatchOptions defaults() {
        return new BatchOptions(DEFAULT_MAX_BATCH, DEFAULT_MAX_BATCH_TOKENS, BatchingMode.CHUNKED, DEFAULT_BLOCK_SIZE,
                -1, Preemption.RECOMPUTE, -1, -1, -1, Double.POSITIVE_INFINITY);
    }

    public BatchOptions withMaxBatch(int n) {
        return new BatchOptions(n, maxBatchTokens, mode, blockSize, kvBlocks, preemption, swapBlocks, maxOutput,
                maxWaiting, timeout);
    }

    public BatchOptions withMaxBatchTokens(int n) {
        return new BatchOptions(maxBatch, n, mode, blockSize, kvBlocks, preemption, swapBlocks, maxOutput,
                maxWaiting, timeout);
    }

    public BatchOptions withMode(BatchingMode m) {
        return new BatchOptions(maxBatch, maxBatchTokens, m, blockSize, kvBlocks, preemption, swapBlocks, maxOutput,
                maxWaiting, timeout);
    }

    public BatchOptions withKv(int block, long blocks, Preemption p, long swap) {
        return new BatchOptions(maxBatch, maxBatchTokens, mode, block, blocks, p, swap, maxOutput, maxWaiting, timeout);
    }

    public BatchOptions withLimits(int output, int waiting, double time) {
        return new BatchOptions(maxBatch, maxBatchTokens, mode, blockSize, kvBlocks, preemption, swapBlocks, output,
                waiting, time);
    }
}
