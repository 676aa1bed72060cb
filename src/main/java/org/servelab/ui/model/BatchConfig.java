package org.servelab.ui.model;

import java.util.List;

import org.servelab.cost.PerJobCost;
import org.servelab.engine.BatchSetup;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.io.BatchCostModels;

/**
 * The batching knobs of a run (docs/batching.md): the batch limits, how fcfs mixes prefills and decodes,
 * what happens to a job whose KV must make room, the KV capacity and the cost model. At the defaults
 * (one sequence per batch, unlimited memory, the trace's own per-job times) the window runs the
 * batch-size-1 engine, exactly as before batching existed.
 *
 * @param maxBatch       sequences per iteration, 1..{@value #MAX_BATCH}
 * @param maxBatchTokens tokens per iteration
 * @param mode           how fcfs mixes prefills and decodes
 * @param preemption     recompute, swap or reserve
 * @param kvBlocks       KV capacity in blocks of {@value #BLOCK_SIZE} tokens, or -1 for unlimited
 * @param costModel      a {@code --cost-model} value: {@code per-job}, {@code step-10ms}, {@code affine:...},
 *                       {@code roofline:MODEL@GPU}
 */
public record BatchConfig(int maxBatch, int maxBatchTokens, BatchingMode mode, Preemption preemption, long kvBlocks,
                          String costModel) {

    public static final int MAX_BATCH = 256;
    public static final int BLOCK_SIZE = BatchOptions.DEFAULT_BLOCK_SIZE;
    public static final String PER_JOB = PerJobCost.NAME;
    /** The cost models the window offers by name. */
    public static final List<String> COST_PRESETS = List.of(PER_JOB, "step-10ms", "roofline:opt-1.3b@a100-40gb",
            "roofline:llama-2-7b@a100-80gb", "roofline:llama-2-13b@a100-80gb");

    public BatchConfig {
        if (maxBatch < 1 || maxBatch > MAX_BATCH) {
            throw new IllegalArgumentException("max-batch must be between 1 and " + MAX_BATCH + ", got " + maxBatch);
        }
        if (maxBatchTokens < 1) {
            throw new IllegalArgumentException("max-batch-tokens must be at least 1, got " + maxBatchTokens);
        }
        if (kvBlocks == 0 || kvBlocks < -1) {
            throw new IllegalArgumentException("kv-blocks must be at least 1, got " + kvBlocks);
        }
        costModel = costModel == null || costModel.isBlank() ? PER_JOB : costModel.trim();
    }

    /** One sequence per batch, 2048 tokens, chunked, recompute, unlimited memory, per-job times. */
    public static BatchConfig off() {
        return new BatchConfig(1, BatchOptions.DEFAULT_MAX_BATCH_TOKENS, BatchingMode.CHUNKED, Preemption.RECOMPUTE, -1,
                PER_JOB);
    }

    /** Whether a run of {@code policy} needs the batching engine (as the command line decides). */
    public boolean batching(String policy) {
        return maxBatch > 1 || kvBlocks > 0 || !PER_JOB.equals(costModel) || BatchPolicies.batchingOnly(policy)
                || BatchCostModels.isBatchSpec(costModel);
    }

    public BatchOptions options() {
        return BatchOptions.defaults().withMaxBatch(maxBatch).withMaxBatchTokens(maxBatchTokens).withMode(mode)
                .withKv(BLOCK_SIZE, kvBlocks, preemption, -1);
    }

    /** A fresh batching setup for one run. */
    public BatchSetup setup(String policy, MlfqParameters parameters, TimedTrace trace) {
        return new BatchSetup(BatchPolicies.create(policy, parameters, mode), options(),
                BatchCostModels.parse(costModel, trace.timeUnit().symbol()));
    }

    public BatchConfig withMaxBatch(int n) {
        return new BatchConfig(n, maxBatchTokens, mode, preemption, kvBlocks, costModel);
    }

    public BatchConfig withMaxBatchTokens(int n) {
        return new BatchConfig(maxBatch, n, mode, preemption, kvBlocks, costModel);
    }

    public BatchConfig withMode(BatchingMode m) {
        return new BatchConfig(maxBatch, maxBatchTokens, m, preemption, kvBlocks, costModel);
    }

    public BatchConfig withPreemption(Preemption p) {
        return new BatchConfig(maxBatch, maxBatchTokens, mode, p, kvBlocks, costModel);
    }

    public BatchConfig withKvBlocks(long n) {
        return new BatchConfig(maxBatch, maxBatchTokens, mode, preemption, n, costModel);
    }

    public BatchConfig withCostModel(String spec) {
        return new BatchConfig(maxBatch, maxBatchTokens, mode, preemption, kvBlocks, spec);
    }
}
