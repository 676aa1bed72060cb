package org.servelab.engine;

import org.servelab.cost.BatchCostModel;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicy;

/**
 * What a batching run needs besides its trace: the policy, the limits and memory settings, and the model
 * that prices each batch. A policy instance serves one run at a time.
 */
public record BatchSetup(BatchPolicy policy, BatchOptions options, BatchCostModel cost) {
}
