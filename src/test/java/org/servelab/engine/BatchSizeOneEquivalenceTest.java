package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.servelab.metrics.RunResult;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.workload.TimedTrace;

/**
 * With a batch limit of 1 and the per-job cost model, the batching policies make exactly the batch-size-1
 * policies' schedules: the same first-token and finish time for every job.
 */
class BatchSizeOneEquivalenceTest {

    @Provide
    Arbitrary<TimedTrace> traces() {
        return RandomTraces.traces();
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of("fcfs", "mlfq", "skip-join-mlfq", "srpt", "static");
    }

    @Provide
    Arbitrary<Double> starve() {
        return Arbitraries.of(Double.POSITIVE_INFINITY, 2.0, 5.5, 12.0);
    }

    @Property(tries = 1500)
    void batchLimitOneEqualsTheBatchSizeOneEngine(@ForAll("traces") TimedTrace trace,
                                                  @ForAll("policies") String policy,
                                                  @ForAll("starve") double starveLimit) {
        MlfqParameters params = new MlfqParameters(3, Double.NaN, 2, Accounting.TIME, starveLimit);
        // a static batch of one job is that job run to completion: FCFS
        RunResult one = new DiscreteEventEngine().run(trace, Policies.create(policy.equals("static") ? "fcfs" : policy,
                params));
        RunResult batched = new DiscreteEventEngine().run(trace,
                BatchPolicies.perJob(policy, params, BatchOptions.defaults().withMaxBatch(1)));
        for (int j = 0; j < trace.size(); j++) {
            assertThat(batched.jobs().get(j).firstToken()).as("%s first token of %s", policy, trace.id(j))
                    .isEqualTo(one.jobs().get(j).firstToken());
            assertThat(batched.jobs().get(j).finish()).as("%s finish of %s", policy, trace.id(j))
                    .isEqualTo(one.jobs().get(j).finish());
        }
    }
}
