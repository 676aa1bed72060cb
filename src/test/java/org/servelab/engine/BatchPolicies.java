package org.servelab.engine;

import org.servelab.cost.PerJobCost;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicy;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.ContinuousBatching;
import org.servelab.policy.batch.MlfqBatching;
import org.servelab.policy.batch.SrptBatching;
import org.servelab.policy.batch.StaticBatching;

/** Batching setups for engine tests, by the command line's policy names. */
final class BatchPolicies {

    private BatchPolicies() {
    }

    static BatchPolicy create(String name, MlfqParameters params) {
        switch (name) {
            case "fcfs":
                return ContinuousBatching.fcfs(BatchingMode.CHUNKED);
            case "sjf":
                return ContinuousBatching.sjf();
            case "static":
                return new StaticBatching();
            case "mlfq":
                return new MlfqBatching(false, params);
            case "skip-join-mlfq":
                return new MlfqBatching(true, params);
            case "srpt":
                return new SrptBatching();
            default:
                throw new IllegalArgumentException(name);
        }
    }

    static BatchSetup perJob(String name, MlfqParameters params, BatchOptions options) {
        return new BatchSetup(create(name, params), options, new PerJobCost("ms"));
    }
}
