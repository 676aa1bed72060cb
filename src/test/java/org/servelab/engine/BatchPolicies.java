package org.servelab.engine;

import org.servelab.cost.PerJobCost;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;

/** Batching setups for engine tests, by the command line's policy names. */
final class BatchPolicies {

    private BatchPolicies() {
    }

    static BatchSetup perJob(String name, MlfqParameters params, BatchOptions options) {
        return new BatchSetup(org.servelab.policy.batch.BatchPolicies.create(name, params, options.mode()), options,
                new PerJobCost("ms"));
    }
}
