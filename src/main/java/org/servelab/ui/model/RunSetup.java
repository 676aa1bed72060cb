package org.servelab.ui.model;

import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/** What a run is made of: a trace, a policy name and the MLFQ parameters. Makes a fresh policy per run. */
public record RunSetup(TimedTrace trace, String policy, MlfqParameters parameters) {

    public SchedulingPolicy newPolicy() {
        return Policies.create(policy, parameters);
    }

    public RunSetup withParameters(MlfqParameters p) {
        return new RunSetup(trace, policy, p);
    }

    public RunSetup withPolicy(String name) {
        return new RunSetup(trace, name, parameters);
    }

    public RunSetup withTrace(TimedTrace t) {
        return new RunSetup(t, policy, parameters);
    }
}
