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
}
