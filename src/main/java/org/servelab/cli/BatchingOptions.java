package org.servelab.cli;

import picocli.CommandLine.Option;

import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;
import org.servelab.policy.batch.Speculation;
import org.servelab.workload.InputException;

/**
 * Options of the batching engine (docs/batching.md). Giving any of them runs the batching engine; without
 * them a run is the batch-size-1 engine's, unchanged.
 */
public final class BatchingOptions {

    @Option(names = "--max-batch", paramLabel = "N",
            description = "Sequences per iteration (batching engine; default 256 once batching is on).")
    Integer maxBatch;

    @Option(names = "--max-batch-tokens", paramLabel = "N",
            description = "Tokens per iteration: a prefill chunk counts its length, a decode 1 (default 2048).")
    Integer maxBatchTokens;

    @Option(names = "--batching", paramLabel = "chunked|mixed|prefill-first",
            description = "How fcfs mixes prefills and decodes: chunked (vLLM V1, Sarathi; default), mixed (Orca: "
                    + "whole prefills only), prefill-first (vLLM V0: prefill-only iterations stall decodes).")
    String mode;

    @Option(names = "--kv-blocks", paramLabel = "N",
            description = "KV cache capacity in blocks (default: unlimited, or what a roofline GPU preset leaves).")
    Long kvBlocks;

    @Option(names = "--block-size", paramLabel = "N", description = "Tokens per KV block (default 16).")
    Integer blockSize;

    @Option(names = "--preemption", paramLabel = "recompute|swap|reserve",
            description = "When KV runs out: recompute (default) frees the victim's blocks, swap moves them to CPU "
                    + "memory, reserve (Orca) reserves every block at admission and never preempts.")
    String preemption;

    @Option(names = "--swap-blocks", paramLabel = "N", description = "CPU swap pool in blocks (default: unlimited).")
    Long swapBlocks;

    @Option(names = "--max-output", paramLabel = "N",
            description = "Cut every response at N tokens (the job finishes, marked truncated).")
    Integer maxOutput;

    @Option(names = "--max-waiting", paramLabel = "N",
            description = "Drop an arrival that finds N jobs waiting for their first token.")
    Integer maxWaiting;

    @Option(names = "--timeout", paramLabel = "T",
            description = "Drop a job that has no token T after its arrival (trace's time unit).")
    Double timeout;

    @Option(names = "--draft-length", paramLabel = "G",
            description = "Speculative decoding: draft G tokens per decode and verify them in one pass.")
    Integer draftLength;

    @Option(names = "--acceptance", paramLabel = "A",
            description = "Speculative decoding: probability that a draft token is accepted (0 to 1; default 0.8).")
    Double acceptance;

    @Option(names = "--draft-cost", paramLabel = "C",
            description = "Speculative decoding: cost of a draft step relative to a decode step (default 0.05).")
    Double draftCost;

    /** Whether any batching option was given. */
    public boolean requested() {
        return maxBatch != null || maxBatchTokens != null || mode != null || kvBlocks != null || blockSize != null
                || preemption != null || swapBlocks != null || maxOutput != null || maxWaiting != null
                || timeout != null || draftLength != null || acceptance != null || draftCost != null;
    }

    /** Speculative decoding as asked for, or null; its draws are seeded with {@code seed}. */
    public Speculation speculation(long seed) {
        if (draftLength == null) {
            if (acceptance != null || draftCost != null) {
                throw InputException.parameter(acceptance != null ? "--acceptance" : "--draft-cost",
                        "needs --draft-length G (speculative decoding)");
            }
            return null;
        }
        if (draftLength < 1) {
            throw InputException.parameter("--draft-length", "must be at least 1, got " + draftLength);
        }
        double a = acceptance == null ? 0.8 : acceptance;
        if (!(a >= 0 && a <= 1)) {
            throw InputException.parameter("--acceptance", "must be between 0 and 1, got " + a);
        }
        double c = draftCost == null ? 0.05 : draftCost;
        if (!(c >= 0) || Double.isInfinite(c)) {
            throw InputException.parameter("--draft-cost", "must be a number >= 0, got " + c);
        }
        return new Speculation(draftLength, a, c, seed);
    }

    /** The options with defaults filled in; a bad value is an input error naming its option. */
    public BatchOptions create() {
        BatchOptions d = BatchOptions.defaults();
        int batch = atLeast("--max-batch", maxBatch, d.maxBatch(), 1);
        int tokens = atLeast("--max-batch-tokens", maxBatchTokens, d.maxBatchTokens(), 1);
        int block = atLeast("--block-size", blockSize, d.blockSize(), 1);
        long kv = kvBlocks == null ? -1 : atLeast("--kv-blocks", kvBlocks, 1);
        long swap = swapBlocks == null ? -1 : atLeast("--swap-blocks", swapBlocks, 0);
        int output = maxOutput == null ? -1 : atLeast("--max-output", maxOutput, 0, 1);
        int waiting = maxWaiting == null ? -1 : atLeast("--max-waiting", maxWaiting, 0, 0);
        if (timeout != null && !(timeout > 0 && !timeout.isInfinite())) {
            throw InputException.parameter("--timeout", "must be a positive time, got " + timeout);
        }
        BatchingMode m;
        Preemption p;
        try {
            m = mode == null ? d.mode() : BatchingMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw InputException.parameter("--batching", e.getMessage());
        }
        try {
            p = preemption == null ? d.preemption() : Preemption.parse(preemption);
        } catch (IllegalArgumentException e) {
            throw InputException.parameter("--preemption", e.getMessage());
        }
        if (swapBlocks != null && p != Preemption.SWAP) {
            throw InputException.parameter("--swap-blocks", "only applies to --preemption swap");
        }
        return new BatchOptions(batch, tokens, m, block, kv, p, swap, output, waiting,
                timeout == null ? Double.POSITIVE_INFINITY : timeout);
    }

    private static int atLeast(String name, Integer v, int dflt, int min) {
        if (v == null) {
            return dflt;
        }
        if (v < min) {
            throw InputException.parameter(name, "must be at least " + min + ", got " + v);
        }
        return v;
    }

    private static long atLeast(String name, long v, long min) {
        if (v < min) {
            throw InputException.parameter(name, "must be at least " + min + ", got " + v);
        }
        return v;
    }
}
