package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.servelab.cost.PerJobCost;
import org.servelab.metrics.RunResult;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.PredictedLengths;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * sjf and srpt rank by predicted lengths when a run has them. One sequence at a time, prefill 1 ms and decode
 * 1 ms: three jobs at t = 0 with 5, 1 and 3 tokens take 5, 1 and 3 ms alone.
 */
class PredictedRankingTest {

    private static final TimedTrace TRACE = TimedTrace.explicit(new Trace("three", TimeUnit.MS, List.of(
            new Job("A", 0, 1, 5, 1.0, 1.0), new Job("B", 0, 1, 1, 1.0, 1.0), new Job("C", 0, 1, 3, 1.0, 1.0))));
    /** A wrong predictor: A looks shortest, B longest. */
    private static final PredictedLengths WRONG = new PredictedLengths("wrong", new int[] {1, 9, 3});

    private static double[] jcts(String policy, PredictedLengths predicted) {
        BatchSetup setup = new BatchSetup(BatchPolicies.create(policy, MlfqParameters.defaults(), BatchingMode.CHUNKED),
                BatchOptions.defaults().withMaxBatch(1), new PerJobCost("ms"), predicted);
        RunResult r = new DiscreteEventEngine().run(TRACE, setup);
        return r.jobs().stream().mapToDouble(j -> j.jct()).toArray();
    }

    @Test
    void withoutPredictionsBothAreOracles() {
        assertThat(jcts("sjf", null)).as("B, C, A").containsExactly(9, 1, 4);
        assertThat(jcts("srpt", null)).containsExactly(9, 1, 4);
    }

    @Test
    void sjfAdmitsTheJobPredictedShortestFirst() {
        assertThat(jcts("sjf", WRONG)).as("A, C, B").containsExactly(5, 9, 8);
    }

    @Test
    void srptRanksByPredictedRemainingWorkAndNamesThePredictor() {
        BatchSetup setup = new BatchSetup(BatchPolicies.create("srpt", MlfqParameters.defaults(), BatchingMode.CHUNKED),
                BatchOptions.defaults().withMaxBatch(1), new PerJobCost("ms"), WRONG);
        RunResult r = new DiscreteEventEngine().run(TRACE, setup);
        assertThat(r.jobs().stream().mapToDouble(j -> j.jct()).toArray()).as("A, C, B").containsExactly(5, 9, 8);
        assertThat(r.parameters()).containsEntry("rankedBy", "wrong");
        assertThat(r.description()).isEqualTo("srpt (least predicted remaining service time first, predicted by "
                + "wrong, with batches)");
    }
}
