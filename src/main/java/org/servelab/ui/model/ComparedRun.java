package org.servelab.ui.model;

import org.servelab.policy.Accounting;

/** One column of the comparison: a policy, its accounting, and the run it makes on the shared trace. */
public final class ComparedRun {

    private final String policy;
    private final Accounting accounting;
    private final RunModel run = new RunModel();

    ComparedRun(String policy, Accounting accounting, RunSetup base) {
        this.policy = policy;
        this.accounting = accounting;
        run.load(RunRecording.simulate(base.withPolicy(policy).withParameters(base.parameters().withAccounting(accounting))));
    }

    public String policy() {
        return policy;
    }

    public Accounting accounting() {
        return accounting;
    }

    public RunModel run() {
        return run;
    }

    double end() {
        return run.getRecording().end();
    }
}
