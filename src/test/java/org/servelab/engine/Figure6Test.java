package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servelab.engine.event.EventLog;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.metrics.RunResult;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * FastServe's Figure 6: three jobs at time 0 with prefill 5, 1, 2, two tokens each, decode 1; four
 * queues, quantum 1, rate 2. Every row of the reference table, on every engine.
 */
class Figure6Test {

    static final MlfqParameters PAPER = new MlfqParameters(4, 1, 2, Accounting.TIME, Double.POSITIVE_INFINITY);

    static TimedTrace figure6() {
        return TimedTrace.explicit(new Trace("figure-6c", TimeUnit.MS, List.of(
                new Job("J1", 0, 0, 2, 5.0, 1.0),
                new Job("J2", 0, 0, 2, 1.0, 1.0),
                new Job("J3", 0, 0, 2, 2.0, 1.0))));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("fcfs", Accounting.TIME, "J1·1 J1·2 J2·1 J2·2 J3·1 J3·2", new double[] {6, 8, 11}),
                Arguments.of("mlfq", Accounting.TIME, "J1·1 J2·1 J3·1 J1·2 J2·2 J3·2", new double[] {9, 10, 11}),
                Arguments.of("skip-join-mlfq", Accounting.TIME, "J2·1 J3·1 J2·2 J3·2 J1·1 J1·2", new double[] {11, 4, 5}),
                Arguments.of("srpt", Accounting.TIME, "J2·1 J2·2 J3·1 J3·2 J1·1 J1·2", new double[] {11, 2, 5}),
                Arguments.of("skip-join-mlfq", Accounting.TOKENS, "J2·1 J3·1 J3·2 J2·2 J1·1 J1·2", new double[] {11, 5, 4}));
    }

    static Stream<Arguments> rowsOnEngines() {
        return rows().flatMap(r -> Stream.of("des", "threads-virtual", "threads-realtime", "threads-stepped")
                .map(e -> Arguments.of(e, r.get()[0], r.get()[1], r.get()[2], r.get()[3])));
    }

    static RunResult run(String engine, SchedulingPolicy policy, TimedTrace trace, EventLog log) throws Exception {
        switch (engine) {
            case "des":
                return new DiscreteEventEngine().run(trace, policy, log);
            case "threads-virtual":
                return ThreadedEngine.virtual().run(trace, policy, log);
            case "threads-realtime":
                return ThreadedEngine.realTime(20).run(trace, policy, log);
            case "threads-stepped": {
                SteppedPacer pacer = new SteppedPacer();
                ThreadedRun run = ThreadedEngine.start(trace, policy, log, pacer);
                pacer.step(1000);
                return run.await();
            }
            default:
                throw new IllegalArgumentException(engine);
        }
    }

    static String tokenOrder(TimedTrace trace, EventLog log) {
        return log.ofType(TokenGenerated.class).stream()
                .map(t -> trace.id(t.job()) + "·" + t.token())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("rowsOnEngines")
    void reproducesTheReferenceTable(String engine, String policyName, Accounting accounting, String tokens,
                                     double[] jcts) throws Exception {
        TimedTrace trace = figure6();
        EventLog log = new EventLog();
        RunResult result = run(engine, Policies.create(policyName, PAPER.withAccounting(accounting)), trace, log);

        assertThat(tokenOrder(trace, log)).as("token order").isEqualTo(tokens);
        assertThat(result.job("J1").jct()).as("JCT of J1").isEqualTo(jcts[0]);
        assertThat(result.job("J2").jct()).as("JCT of J2").isEqualTo(jcts[1]);
        assertThat(result.job("J3").jct()).as("JCT of J3").isEqualTo(jcts[2]);
        assertThat(result.summary().averageJct()).as("average JCT")
                .isCloseTo((jcts[0] + jcts[1] + jcts[2]) / 3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
