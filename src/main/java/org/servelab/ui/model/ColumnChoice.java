package org.servelab.ui.model;

import org.servelab.policy.Accounting;

/**
 * What one column of the comparison runs: a policy, its accounting and its batching knobs; the trace and
 * the MLFQ parameters come from the run being compared.
 */
public record ColumnChoice(String policy, Accounting accounting, BatchConfig batch) {

    public ColumnChoice {
        if (accounting == null) {
            accounting = Accounting.TIME;
        }
        if (batch == null) {
            batch = BatchConfig.off();
        }
    }

    /** This choice applied to the run being compared. */
    public RunSetup on(RunSetup base) {
        return base.withPolicy(policy).withParameters(base.parameters().withAccounting(accounting)).withBatch(batch);
    }

    public ColumnChoice withPolicy(String p) {
        return new ColumnChoice(p, accounting, batch);
    }

    public ColumnChoice withAccounting(Accounting a) {
        return new ColumnChoice(policy, a, batch);
    }

    public ColumnChoice withBatch(BatchConfig b) {
        return new ColumnChoice(policy, accounting, b);
    }
}
