package org.servelab.experiment;

import java.util.ArrayList;
import java.util.List;

import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;
import org.servelab.policy.batch.Speculation;

/**
 * The batching settings of one run of a sweep (docs/batching.md).
 *
 * @param maxBatch       sequences per iteration
 * @param maxBatchTokens tokens per iteration
 * @param mode           how fcfs mixes prefills and decodes ({@code chunked}, {@code mixed}, {@code prefill-first});
 *                       empty for the other policies, which have their own rule
 * @param preemption     {@code recompute}, {@code swap} or {@code reserve}
 * @param kvBlocks       KV capacity in blocks; -1 = what the cost model's GPU leaves, or unlimited
 * @param blockSize      tokens per KV block
 * @param maxOutput      output cap in tokens; -1 = none
 * @param maxWaiting     waiting limit; -1 = none
 * @param timeout        drop a job without a token after this long (trace unit); +inf = never
 * @param draftLength    speculative decoding's draft length g; 0 = no speculative decoding
 * @param acceptance     its acceptance rate a ({@code NaN} without it)
 * @param draftCost      its draft cost ratio c ({@code NaN} without it)
 */
public record ServingConfig(int maxBatch, int maxBatchTokens, String mode, String preemption, long kvBlocks,
                            int blockSize, int maxOutput, int maxWaiting, double timeout, int draftLength,
                            double acceptance, double draftCost) {

    /** The same settings with another batching mode. */
    public ServingConfig withMode(String m) {
        return new ServingConfig(maxBatch, maxBatchTokens, m, preemption, kvBlocks, blockSize, maxOutput, maxWaiting,
                timeout, draftLength, acceptance, draftCost);
    }

    /** The engine's options. */
    public BatchOptions options() {
        return new BatchOptions(maxBatch, maxBatchTokens, mode.isEmpty() ? BatchingMode.CHUNKED : BatchingMode.parse(mode),
                blockSize, kvBlocks, Preemption.parse(preemption), -1, maxOutput, maxWaiting, timeout);
    }

    /** The batching mode for the policy factory. */
    public BatchingMode batchingMode() {
        return mode.isEmpty() ? BatchingMode.CHUNKED : BatchingMode.parse(mode);
    }

    /** Speculative decoding seeded with {@code seed}, or null. */
    public Speculation speculation(long seed) {
        return draftLength == 0 ? null : new Speculation(draftLength, acceptance, draftCost, seed);
    }

    /** Whether speculative decoding is on. */
    public boolean speculative() {
        return draftLength > 0;
    }

    /** A short label of every setting: {@code batch 64, 2048 tokens, chunked, recompute}. */
    public String label() {
        List<String> parts = new ArrayList<>();
        parts.add("batch " + maxBatch);
        parts.add(maxBatchTokens + " tokens");
        if (!mode.isEmpty()) {
            parts.add(mode);
        }
        parts.add(preemption);
        if (kvBlocks > 0) {
            parts.add(kvBlocks + " KV blocks");
        }
        if (maxOutput > 0) {
            parts.add("max output " + maxOutput);
        }
        if (maxWaiting >= 0) {
            parts.add("max waiting " + maxWaiting);
        }
        if (timeout < Double.POSITIVE_INFINITY) {
            parts.add("timeout " + NumberText.of(timeout));
        }
        if (speculative()) {
            parts.add("g=" + draftLength + ", a=" + NumberText.of(acceptance) + ", c=" + NumberText.of(draftCost));
        }
        return String.join(", ", parts);
    }
}
