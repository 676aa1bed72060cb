package org.servelab.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.servelab.engine.DiscreteEventEngine;
import org.servelab.engine.event.EventLog;
import org.servelab.engine.event.JobPromoted;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.metrics.RunResult;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * A long job demoted to Q2 while one-token jobs arrive every time unit and keep Q1 busy. Plain MLFQ,
 * two queues, quantum 1, rate 2.
 */
class StarvationPromotionTest {

    static final int SHORT_JOBS = 8;
    static final double STARVE_LIMIT = 3;

    static TimedTrace trace() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("L", 0, 0, 4, 1.0, 1.0));
        for (int i = 1; i <= SHORT_JOBS; i++) {
            jobs.add(new Job("S" + i, i, 0, 1, 1.0, 1.0));
        }
        return TimedTrace.explicit(new Trace("starve", TimeUnit.MS, jobs));
    }

    static String order(TimedTrace trace, EventLog log) {
        return log.ofType(TokenGenerated.class).stream().map(t -> trace.id(t.job()) + "·" + t.token())
                .collect(Collectors.joining(" "));
    }

    @Test
    void withoutPromotionTheLongJobWaitsForEveryShortOne() {
        TimedTrace trace = trace();
        EventLog log = new EventLog();
        RunResult r = new DiscreteEventEngine().run(trace, MlfqPolicy.plain(
                new MlfqParameters(2, 1, 2, Accounting.TIME, Double.POSITIVE_INFINITY)), log);
        assertThat(order(trace, log)).isEqualTo("L·1 S1·1 S2·1 S3·1 S4·1 S5·1 S6·1 S7·1 S8·1 L·2 L·3 L·4");
        assertThat(log.ofType(JobPromoted.class)).isEmpty();
        assertThat(r.job("L").jct()).isEqualTo(12);
    }

    @Test
    void aJobWaitingTheLimitSinceItLastRanMovesToTheTailOfQ1() {
        TimedTrace trace = trace();
        EventLog log = new EventLog();
        new DiscreteEventEngine().run(trace, MlfqPolicy.plain(
                new MlfqParameters(2, 1, 2, Accounting.TIME, STARVE_LIMIT)), log);

        // L ran [0,1] and was demoted to Q2; at t=4 it has waited 3: promoted behind S4, admitted at 4.
        // It runs [5,6] from Q1, is demoted again, and waits until t=9 for its next promotion.
        List<JobPromoted> promotions = log.ofType(JobPromoted.class);
        assertThat(promotions).extracting(JobPromoted::time).containsExactly(4.0, 9.0);
        assertThat(promotions).allSatisfy(p -> {
            assertThat(trace.id(p.job())).isEqualTo("L");
            assertThat(p.from()).isEqualTo(1);
            assertThat(p.to()).isEqualTo(0);
        });
        assertThat(order(trace, log)).isEqualTo("L·1 S1·1 S2·1 S3·1 S4·1 L·2 S5·1 S6·1 S7·1 S8·1 L·3 L·4");
    }

    @Test
    void promotionWorksTheSameOnTheThreadedEngine() throws Exception {
        TimedTrace trace = trace();
        EventLog des = new EventLog();
        EventLog threads = new EventLog();
        MlfqParameters p = new MlfqParameters(2, 1, 2, Accounting.TIME, STARVE_LIMIT);
        new DiscreteEventEngine().run(trace, MlfqPolicy.plain(p), des);
        org.servelab.engine.ThreadedEngine.virtual().run(trace, MlfqPolicy.plain(p), threads);
        assertThat(threads.events()).isEqualTo(des.events());
    }
}
