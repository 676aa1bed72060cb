package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.servelab.engine.DiscreteEventEngine;
import org.servelab.engine.Schedule;
import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.JobArrived;
import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.SimEvent;
import org.servelab.metrics.RunResult;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/**
 * A whole run simulated once with the discrete-event engine: its decision-level events (no
 * per-iteration events: tokens are derived from dispatches), its schedule and its results. Because
 * runs are deterministic, any simulated time is reached by replaying these events from zero, and they
 * equal, event for event, what the threaded engine emits while playing.
 *
 * <p>A <em>stop</em> is an iteration boundary (or time 0): the state after every event of that boundary
 * except the next dispatch, so a step shows where each job went before the next one is picked.
 */
public final class RunRecording {

    private final RunSetup setup;
    private final List<SimEvent> events;
    private final Schedule schedule;
    private final RunResult result;

    private RunRecording(RunSetup setup, List<SimEvent> events, Schedule schedule, RunResult result) {
        this.setup = setup;
        this.events = events;
        this.schedule = schedule;
        this.result = result;
    }

    public static RunRecording simulate(RunSetup setup) {
        List<SimEvent> events = new ArrayList<>();
        EventSink sink = new EventSink() {
            @Override
            public void accept(SimEvent event) {
                events.add(event);
            }

            @Override
            public boolean wantsIterations() {
                return false;
            }
        };
        SchedulingPolicy policy = setup.newPolicy();
        RunResult result = new DiscreteEventEngine().run(setup.trace(), policy, sink);
        Schedule schedule = Schedule.fromEvents(setup.trace(), policy, events);
        return new RunRecording(setup, Collections.unmodifiableList(events), schedule, result);
    }

    public RunSetup setup() {
        return setup;
    }

    public TimedTrace trace() {
        return setup.trace();
    }

    public List<SimEvent> events() {
        return events;
    }

    public Schedule schedule() {
        return schedule;
    }

    public RunResult result() {
        return result;
    }

    /** The time the last job finishes. */
    public double end() {
        return schedule.end();
    }

    /** Whether event {@code e} belongs to the state at the stop (or time) {@code t}. */
    static boolean belongsTo(SimEvent e, double t) {
        if (e instanceof JobDispatched) {
            return e.time() < t;
        }
        return e.time() <= t;
    }

    /** Whether the event's time is a real point in the stream's time order (arrivals are stamped early). */
    static boolean ordered(SimEvent e) {
        return !(e instanceof JobArrived);
    }

    /** The first iteration boundary after {@code t}, or {@code NaN} when the run has ended by then. */
    public double nextStop(double t) {
        int s = schedule.firstSliceEndingAfter(t);
        if (s >= schedule.slices()) {
            return Double.NaN;
        }
        int first = schedule.sliceFirstToken(s);
        int last = first + schedule.sliceIterations(s) - 1;
        for (int k = first; k <= last; k++) {
            double end = schedule.iterationEnd(s, k);
            if (end > t) {
                return end;
            }
        }
        return schedule.sliceEnd(s);
    }

    /** The last iteration boundary before {@code t}, or 0 (the start) when there is none. */
    public double previousStop(double t) {
        int s = lastSliceStartingBefore(t);
        while (s >= 0) {
            int first = schedule.sliceFirstToken(s);
            int last = first + schedule.sliceIterations(s) - 1;
            for (int k = last; k >= first; k--) {
                double end = schedule.iterationEnd(s, k);
                if (end < t) {
                    return end;
                }
            }
            s--;
        }
        return 0;
    }

    private int lastSliceStartingBefore(double t) {
        int lo = 0;
        int hi = schedule.slices();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (schedule.sliceStart(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
