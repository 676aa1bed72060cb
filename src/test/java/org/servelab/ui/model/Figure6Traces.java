package org.servelab.ui.model;

import java.util.List;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** The Figure 6 example of SCHEDULING.md, built in code. */
final class Figure6Traces {

    private Figure6Traces() {
    }

    static TimedTrace figure6c() {
        return TimedTrace.explicit(new Trace("figure-6c", TimeUnit.MS, List.of(
                new Job("J1", 0, 0, 2, 5.0, 1.0),
                new Job("J2", 0, 0, 2, 1.0, 1.0),
                new Job("J3", 0, 0, 2, 2.0, 1.0))));
    }
}
