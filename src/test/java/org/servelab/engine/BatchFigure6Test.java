package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.servelab.metrics.RunResult;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.io.TraceReader;

/** FastServe's Figure 6 with batches: the reference checks of docs/batching.md. */
class BatchFigure6Test {

    private static final MlfqParameters PAPER = MlfqParameters.defaults().withQueues(4);

    private static RunResult run(String policy, int maxBatch) throws Exception {
        TimedTrace trace = TimedTrace.explicit(TraceReader.read(Path.of("sample-traces/figure-6c.json")));
        MlfqParameters params = new MlfqParameters(4, 1, 2, PAPER.accounting(), Double.POSITIVE_INFINITY);
        return new DiscreteEventEngine().run(trace,
                BatchPolicies.perJob(policy, params, BatchOptions.defaults().withMaxBatch(maxBatch)));
    }

    private static double[] jcts(RunResult r) {
        return r.jobs().stream().mapToDouble(j -> j.jct()).toArray();
    }

    @Test
    void atBatchTwoSkipJoinFinishesTheShortJobsTogether() throws Exception {
        RunResult r = run("skip-join-mlfq", 2);
        assertThat(jcts(r)).as("JCT J1/J2/J3").containsExactly(9, 3, 3);
        assertThat(r.summary().averageJct()).isEqualTo(5);
    }

    @Test
    void atBatchTwoFcfsBatchesJ1WithJ2() throws Exception {
        RunResult r = run("fcfs", 2);
        assertThat(jcts(r)).as("JCT J1/J2/J3").containsExactly(6, 6, 9);
        assertThat(r.summary().averageJct()).isEqualTo(7);
    }

    @Test
    void atBatchThreeBothRunEveryJobTogether() throws Exception {
        assertThat(jcts(run("skip-join-mlfq", 3))).containsExactly(6, 6, 6);
        assertThat(jcts(run("fcfs", 3))).containsExactly(6, 6, 6);
    }

    @Test
    void atBatchOneTheBatchingCoreGivesTheBatchSizeOneTable() throws Exception {
        assertThat(jcts(run("fcfs", 1))).containsExactly(6, 8, 11);
        assertThat(jcts(run("mlfq", 1))).containsExactly(9, 10, 11);
        assertThat(jcts(run("skip-join-mlfq", 1))).containsExactly(11, 4, 5);
        assertThat(jcts(run("srpt", 1))).containsExactly(11, 2, 5);
    }
}
