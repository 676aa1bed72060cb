package org.servelab.experiment;

import java.util.List;

import org.servelab.workload.generate.Target;

/** Small sweep specs for tests. */
final class Specs {

    private Specs() {
    }

    /** 2 CVs x 3 loads x 2 seeds x (fcfs + 2x2 skip-join + srpt) = 72 runs of 150 jobs. */
    static SweepSpec small() {
        return new SweepSpec(List.of("fcfs", "skip-join-mlfq", "srpt"), List.of(2, 4), List.of(2.0, 4.0),
                List.of(Double.NaN), Target.Kind.LOAD, List.of(0.5, 0.8, 1.2), List.of(1.0, 3.0), 2, 1, 150,
                "paper-zipf", "gamma", "opt-1.3b", "time", 100);
    }

    static SweepSpec with(SweepSpec s, List<String> policies, List<Double> xs, List<Double> cvs) {
        return new SweepSpec(policies, s.queues(), s.quantumRates(), s.quanta(), s.target(), xs, cvs, s.seeds(),
                s.seed(), s.jobs(), s.lengths(), s.arrivals(), s.costModel(), s.accounting(), s.overloadJobs());
    }
}
