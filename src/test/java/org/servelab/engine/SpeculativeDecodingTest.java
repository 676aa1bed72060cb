package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.servelab.cost.AffineCost;
import org.servelab.cost.PerJobCost;
import org.servelab.engine.event.EventLog;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.metrics.RunResult;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.Speculation;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** Speculative decoding: the simulated speed-up at batch size 1 is the closed form, within sampling error. */
class SpeculativeDecodingTest {

    /** One long job: 200,000 decodes, so the sampling error of the speed-up is far below 1 %. */
    private static final int TOKENS = 200_001;
    private static final double DECODE = 1;

    private static TimedTrace longJob() {
        return TimedTrace.explicit(new Trace("long", TimeUnit.MS, List.of(new Job("J1", 0.0, 1, TOKENS, 1.0, DECODE))));
    }

    private static RunResult run(TimedTrace trace, Speculation s, int maxBatch) {
        BatchOptions o = BatchOptions.defaults().withMaxBatch(maxBatch);
        return new DiscreteEventEngine().run(trace, new BatchSetup(
                BatchPolicies.create("fcfs", MlfqParameters.defaults(), o.mode()), o, new PerJobCost("ms"), s));
    }

    @ParameterizedTest(name = "g={0} a={1} c={2}")
    @CsvSource({"4, 0.8, 0.05", "2, 0.6, 0.1", "8, 0.9, 0.02", "3, 0.0, 0.1", "5, 1.0, 0.2", "1, 0.5, 0.5"})
    void speedUpAtBatchOneIsTheClosedForm(int g, double a, double c) {
        Speculation s = new Speculation(g, a, c, 42);
        RunResult plain = run(longJob(), null, 1);
        RunResult spec = run(longJob(), s, 1);
        double decodingPlain = plain.jobs().get(0).finish() - plain.jobs().get(0).firstToken();
        double decodingSpec = spec.jobs().get(0).finish() - spec.jobs().get(0).firstToken();
        double expected = (1 - Math.pow(a, g + 1)) / ((1 - a) * (g * c + 1));
        if (a == 1) {
            expected = (g + 1) / (g * c + 1);
        }
        assertThat(decodingPlain / decodingSpec).as("speed-up of decoding").isCloseTo(expected, within(0.01 * expected));
        assertThat(s.expectedSpeedup()).isCloseTo(expected, within(1e-12));
        assertThat(spec.jobs().get(0).outputTokens()).isEqualTo(TOKENS);
    }

    @Test
    void everyTokenIsMadeOnceInOrderAndTheSameSeedGivesTheSameRun() {
        Speculation s = new Speculation(4, 0.7, 0.1, 7);
        TimedTrace trace = TimedTrace.explicit(new Trace("few", TimeUnit.MS, List.of(
                new Job("A", 0.0, 8, 30, 2.0, 1.0), new Job("B", 1.0, 4, 17, 1.0, 1.0), new Job("C", 1.5, 20, 9, 3.0, 1.0))));
        EventLog log = new EventLog();
        BatchOptions o = BatchOptions.defaults().withMaxBatch(2);
        RunResult r = new DiscreteEventEngine().run(trace, new BatchSetup(
                BatchPolicies.create("fcfs", MlfqParameters.defaults(), o.mode()), o, new PerJobCost("ms"), s), log);
        int[] last = new int[3];
        log.events().stream().filter(e -> e instanceof TokenGenerated).map(e -> (TokenGenerated) e).forEach(t -> {
            assertThat(t.token()).isEqualTo(last[t.job()] + 1);
            last[t.job()] = t.token();
        });
        assertThat(last).containsExactly(30, 17, 9);
        RunResult again = new DiscreteEventEngine().run(trace, new BatchSetup(
                BatchPolicies.create("fcfs", MlfqParameters.defaults(), o.mode()), o, new PerJobCost("ms"), s));
        assertThat(again.jobs()).isEqualTo(r.jobs());
    }

    @Test
    void theGainFadesWhenALargeBatchIsComputeBound() {
        Speculation s = new Speculation(4, 0.8, 0.05, 1);
        AffineCost cost = new AffineCost("affine", 10, 0, 0.025, 0, 0);
        double small = gain(cost, s, 4);
        double large = gain(cost, s, 256);
        assertThat(small).as("4 sequences: memory-bound, verifying 5 tokens each is free").isGreaterThan(2.5);
        assertThat(large).as("256 sequences: verifying 5 tokens each costs 5 times the compute").isLessThan(1.2);
    }

    private static double gain(AffineCost cost, Speculation s, int batch) {
        java.util.List<Job> jobs = new java.util.ArrayList<>();
        for (int i = 0; i < batch; i++) {
            jobs.add(new Job("J" + i, 0.0, 1, 2001, 1.0, 1.0));
        }
        TimedTrace trace = TimedTrace.explicit(new Trace("batch", TimeUnit.MS, jobs));
        BatchOptions o = BatchOptions.defaults().withMaxBatch(batch);
        RunResult plain = new DiscreteEventEngine().run(trace, new BatchSetup(
                BatchPolicies.create("fcfs", MlfqParameters.defaults(), o.mode()), o, cost));
        RunResult spec = new DiscreteEventEngine().run(trace, new BatchSetup(
                BatchPolicies.create("fcfs", MlfqParameters.defaults(), o.mode()), o, cost, s));
        return plain.summary().makespan() / spec.summary().makespan();
    }
}
