package org.servelab.engine;

import org.servelab.cost.BatchCostModel;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicy;
import org.servelab.policy.batch.PredictedLengths;
import org.servelab.policy.batch.Speculation;

/**
 * What a batching run needs besides its trace: the policy, the limits and memory settings, the model
 * that prices each batch, optionally speculative decoding ({@code null} for none), and optionally
 * predicted output lengths for {@code sjf} and {@code srpt} to rank by ({@code null}: they rank by the
 * true lengths, as oracles). A policy instance serves one run at a time.
 */
public record BatchSetup(BatchPolicy policy, BatchOptions options, BatchCostModel cost, Speculation speculation,
                         PredictedLengths predicted) {

    public BatchSetup(BatchPolicy policy, BatchOptions options, BatchCostModel cost, Speculation speculation) {
        this(policy, options, cost, speculation, null);
    }

    public BatchSetup(BatchPolicy policy, BatchOptions options, BatchCostModel cost, PredictedLengths predicted) {
        this(policy, options, cost, null, predicted);
    }

    public BatchSetup(BatchPolicy policy, BatchOptions options, BatchCostModel cost) {
        this(policy, options, cost, null, null);
    }
}
