package org.servelab.engine;

import org.servelab.engine.event.EventSink;
import org.servelab.metrics.RunResult;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/**
 * Virtual time on one thread, as fast as the machine goes. At batch size 1 its cost grows with scheduling
 * decisions: a dispatch runs all its iterations in one step, and per-iteration events are built only when
 * the sink asks for them. With batches a step is one iteration, or a run of identical ones (see SimulationCore).
 */
public final class DiscreteEventEngine implements Engine {

    @Override
    public RunResult run(TimedTrace trace, SchedulingPolicy policy) {
        return run(trace, policy, EventSink.NONE);
    }

    @Override
    public RunResult run(TimedTrace trace, BatchSetup setup) {
        return run(trace, setup, EventSink.NONE);
    }

    @Override
    public RunResult run(TimedTrace trace, SchedulingPolicy policy, EventSink sink) {
        return drive(trace, new SimulationCore(trace, SimulationCore.solo(policy, trace), sink));
    }

    @Override
    public RunResult run(TimedTrace trace, BatchSetup setup, EventSink sink) {
        return drive(trace, new SimulationCore(trace, setup, sink));
    }

    static <W> RunResult drive(TimedTrace trace, RunCore<W> core) {
        int n = trace.size();
        int next = 0;
        while (!core.done()) {
            core.beforeAdmission();
            while (next < n && trace.arrival(trace.byArrival(next)) <= core.now()) {
                core.admit(trace.byArrival(next++));
            }
            if (core.done()) {
                break;
            }
            double nextArrival = next < n ? trace.arrival(trace.byArrival(next)) : Double.POSITIVE_INFINITY;
            W w = core.next(nextArrival);
            if (w == null) {
                if (next >= n) {
                    throw new IllegalStateException("nothing can run at t = " + core.now()
                            + " and nothing is left to arrive, but jobs are unfinished");
                }
                core.advanceTo(nextArrival);
                continue;
            }
            try {
                core.execute(w, VIRTUAL);
            } catch (InterruptedException e) {
                throw new IllegalStateException("the virtual pacer never waits", e);
            }
            core.complete(w);
        }
        return core.result();
    }

    private static final Pacer VIRTUAL = Pacer.virtual();
}
