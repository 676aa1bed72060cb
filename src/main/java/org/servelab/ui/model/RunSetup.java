package org.servelab.ui.model;

import org.servelab.engine.BatchSetup;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/**
 * What a run is made of: a trace, a policy name, the MLFQ parameters and the batching knobs. Makes a fresh
 * policy per run. Two equal setups make the same run (traces compare by identity).
 */
public record RunSetup(TimedTrace trace, String policy, MlfqParameters parameters, BatchConfig batch) {

    public RunSetup {
        if (batch == null) {
            batch = BatchConfig.off();
        }
    }

    public RunSetup(TimedTrace trace, String policy, MlfqParameters parameters) {
        this(trace, policy, parameters, BatchConfig.off());
    }

    /** Whether this run needs the batching engine. */
    public boolean batching() {
        return batch.batching(policy);
    }

    /** A fresh batch-size-1 policy (only when {@link #batching()} is false). */
    public SchedulingPolicy newPolicy() {
        return Policies.create(policy, parameters);
    }

    /** A fresh batching setup (only when {@link #batching()} is true). */
    public BatchSetup newBatchSetup() {
        return batch.setup(policy, parameters, trace);
    }

    public RunSetup withParameters(MlfqParameters p) {
        return new RunSetup(trace, policy, p, batch);
    }

    public RunSetup withPolicy(String name) {
        return new RunSetup(trace, name, parameters, batch);
    }

    public RunSetup withTrace(TimedTrace t) {
        return new RunSetup(t, policy, parameters, batch);
    }

    public RunSetup withBatch(BatchConfig b) {
        return new RunSetup(trace, policy, parameters, b);
    }
}
