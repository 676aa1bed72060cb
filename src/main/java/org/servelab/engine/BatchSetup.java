package org.servelab.engine;

import org.servelab.cost.BatchCostModel;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicy;
import org.servelab.policy.batch.PredictedLengths;

/**
 * What a batching run needs besides its trace: the policy, the limits and memory settings, the model
 * that prices each batch, and optionally predicted output lengths for {@code sjf} and {@code srpt} to rank
 * by ({@code null}: they rank by the true lengths, as oracles). A policy instance serves one run at a time.
 */
public record BatchSetup(BatchPolicy policy, BatchOptions options, BatchCostModel cost, PredictedLengths predicted) {

    public BatchSetup(BatchPolicy policy, BatchOptions options, BatchCostModel cost) {
        this(policy, options, cost, null);
    }
}
