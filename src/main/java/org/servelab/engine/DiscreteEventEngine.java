package org.servelab.engine;

import org.servelab.engine.event.EventSink;
import org.servelab.metrics.RunResult;
import org.servelab.policy.Dispatch;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/**
 * Virtual time on one thread, as fast as the machine goes. Its cost grows with scheduling decisions:
 * a dispatch runs all its iterations in one step, and per-iteration events are built only when the
 * sink asks for them.
 */
public final class DiscreteEventEngine implements Engine {

    @Override
    public RunResult run(TimedTrace trace, SchedulingPolicy policy) {
        return run(trace, policy, EventSink.NONE);
    }

    @Override
    public RunResult run(TimedTrace trace, SchedulingPolicy policy, EventSink sink) {
        SimulationCore core = new SimulationCore(trace, policy, sink);
        int n = trace.size();
        int next = 0;
        while (!core.done()) {
            while (next < n && trace.arrival(trace.byArrival(next)) <= core.now()) {
                core.admit(trace.byArrival(next++));
            }
            Dispatch d = core.decide();
            if (d == null) {
                core.advanceTo(trace.arrival(trace.byArrival(next)));
                continue;
            }
            double nextArrival = next < n ? trace.arrival(trace.byArrival(next)) : Double.POSITIVE_INFINITY;
            int count = core.plan(d, nextArrival);
            try {
                core.execute(d, count, VIRTUAL);
            } catch (InterruptedException e) {
                throw new IllegalStateException("the virtual pacer never waits", e);
            }
            core.complete(d, count);
        }
        return core.result();
    }

    private static final Pacer VIRTUAL = Pacer.virtual();
}
