package org.servelab.ui.gantt;

import java.util.List;

import org.servelab.engine.Schedule;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** FastServe's Figure 6(c) run and a large synthetic run, shared by the UI tests. */
public final class Figure6Schedules {

    /** Four queues, quantum 1, rate 2, time accounting, no promotion: the paper's settings. */
    public static final MlfqParameters PAPER = new MlfqParameters(4, 1, 2, Accounting.TIME, Double.POSITIVE_INFINITY);

    private Figure6Schedules() {
    }

    public static TimedTrace figure6c() {
        return TimedTrace.explicit(new Trace("figure-6c", TimeUnit.MS, List.of(
                new Job("J1", 0, 0, 2, 5.0, 1.0),
                new Job("J2", 0, 0, 2, 1.0, 1.0),
                new Job("J3", 0, 0, 2, 2.0, 1.0))));
    }

    public static Schedule skipJoin() {
        return Schedule.simulate(figure6c(), Policies.create("skip-join-mlfq", PAPER));
    }

    /** {@code n} jobs arriving every 30 ms (a busy but stable server) with varied lengths, under skip-join MLFQ. */
    public static Schedule large(int n) {
        Job[] jobs = new Job[n];
        for (int j = 0; j < n; j++) {
            int out = 1 + (int) ((j * 2654435761L) % 97);
            double prefill = 2 + (j * 40503L) % 13;
            jobs[j] = new Job("J" + (j + 1), j * 30.0, 0, out, prefill, 0.5);
        }
        TimedTrace trace = TimedTrace.explicit(new Trace("large-" + n, TimeUnit.MS, List.of(jobs)));
        return Schedule.simulate(trace, Policies.create("skip-join-mlfq", new MlfqParameters(6, 1, 2,
                Accounting.TIME, Double.POSITIVE_INFINITY)));
    }
}
