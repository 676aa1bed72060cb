package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.servelab.engine.event.EventJson;
import org.servelab.engine.event.EventLog;
import org.servelab.policy.Policies;
import org.servelab.workload.TimedTrace;

/**
 * The complete event stream of Figure 6(c) under skip-join MLFQ, checked line by line against a file
 * that follows SCHEDULING.md's walk-through by hand: J1 joins Q4, J2 Q1, J3 Q2; J2 is demoted to Q2 at
 * 1, J3 to Q3 at 3; J2 finishes at 4, J3 at 5, J1 runs [5, 11] from Q4.
 */
class GoldenTraceTest {

    static String golden() throws IOException {
        try (InputStream in = GoldenTraceTest.class.getResourceAsStream("/golden/figure-6c-skip-join-time.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void discreteEventEngineMatchesTheGoldenTrace() throws IOException {
        TimedTrace trace = Figure6Test.figure6();
        EventLog log = new EventLog();
        new DiscreteEventEngine().run(trace, Policies.create("skip-join-mlfq", Figure6Test.PAPER), log);
        assertThat(EventJson.lines(log.events(), trace)).isEqualTo(golden());
    }

    @Test
    void threadedEngineMatchesTheGoldenTrace() throws Exception {
        TimedTrace trace = Figure6Test.figure6();
        EventLog log = new EventLog();
        ThreadedEngine.realTime(100).run(trace, Policies.create("skip-join-mlfq", Figure6Test.PAPER), log);
        assertThat(EventJson.lines(log.events(), trace)).isEqualTo(golden());
    }

    /**
     * Every policy's event stream of Figure 6(c), each checked by hand against the table of
     * docs/scheduling.md (batch size 1) and docs/batching.md (batch size 2) when it was written: the token
     * order, the JCTs, every queue move and every batch's members.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
        "figure-6c-fcfs, fcfs, time, 0",
        "figure-6c-mlfq, mlfq, time, 0",
        "figure-6c-srpt, srpt, time, 0",
        "figure-6c-skip-join-tokens, skip-join-mlfq, tokens, 0",
        "figure-6c-batch2-fcfs, fcfs, time, 2",
        "figure-6c-batch2-skip-join-mlfq, skip-join-mlfq, time, 2",
        "figure-6c-batch2-static, static, time, 2"})
    void everyPolicyMatchesItsGoldenTrace(String file, String policy, String accounting, int maxBatch)
            throws Exception {
        TimedTrace trace = Figure6Test.figure6();
        org.servelab.policy.MlfqParameters params = Figure6Test.PAPER
                .withAccounting(org.servelab.policy.Accounting.parse(accounting));
        String expected;
        try (InputStream in = GoldenTraceTest.class.getResourceAsStream("/golden/" + file + ".jsonl")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Engine engine : new Engine[] {new DiscreteEventEngine(), ThreadedEngine.realTime(100)}) {
            EventLog log = new EventLog();
            if (maxBatch == 0) {
                engine.run(trace, Policies.create(policy, params), log);
            } else {
                engine.run(trace, BatchPolicies.perJob(policy, params,
                        org.servelab.policy.batch.BatchOptions.defaults().withMaxBatch(maxBatch)), log);
            }
            assertThat(EventJson.lines(log.events(), trace)).as(engine.getClass().getSimpleName()).isEqualTo(expected);
        }
    }
}
