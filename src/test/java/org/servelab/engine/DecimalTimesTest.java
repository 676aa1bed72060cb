package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.servelab.engine.event.EventLog;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.metrics.RunResult;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * Decimal times compare as decimals: J1 arrives at 7.1 and its prefill of 2.8 ends at 9.9, exactly when
 * J2 arrives, so J2 is admitted at that boundary (in binary doubles 7.1 + 2.8 is 9.899999999999999).
 */
class DecimalTimesTest {

    static TimedTrace trace() {
        return TimedTrace.explicit(new Trace("decimal", TimeUnit.MS, List.of(
                new Job("J1", 7.1, 0, 3, 2.8, 0.4),
                new Job("J2", 9.9, 0, 1, 0.5, 0.5))));
    }

    @Test
    void anArrivalAtABoundaryIsAdmittedThere() throws Exception {
        for (Engine engine : List.of(new DiscreteEventEngine(), ThreadedEngine.virtual())) {
            TimedTrace trace = trace();
            EventLog log = new EventLog();
            RunResult r = engine.run(trace, Policies.create("srpt", MlfqParameters.defaults()), log);
            String order = log.ofType(TokenGenerated.class).stream().map(t -> trace.id(t.job()) + "·" + t.token())
                    .collect(Collectors.joining(" "));
            assertThat(order).isEqualTo("J1·1 J2·1 J1·2 J1·3");
            assertThat(r.job("J2").jct()).isEqualTo(0.5);
            assertThat(r.job("J1").finish()).isEqualTo(11.2);
        }
    }

    @Test
    void negativeZeroArrivalKeepsTraceOrder() {
        TimedTrace trace = TimedTrace.explicit(new Trace("zeros", TimeUnit.MS, List.of(
                new Job("J1", 5, 0, 1, 1.0, 1.0),
                new Job("J2", 0.0, 0, 1, 1.0, 1.0),
                new Job("J3", -0.0, 0, 1, 1.0, 1.0))));
        RunResult r = new DiscreteEventEngine().run(trace, Policies.create("fcfs", MlfqParameters.defaults()));
        assertThat(r.job("J2").finish()).isEqualTo(1.0);
        assertThat(r.job("J3").finish()).isEqualTo(2.0);
    }
}
