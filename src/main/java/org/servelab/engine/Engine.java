package org.servelab.engine;

import org.servelab.engine.event.EventSink;
import org.servelab.metrics.RunResult;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/** Runs a trace under a policy, emitting events; every engine gives the same events and results. */
public interface Engine {

    RunResult run(TimedTrace trace, SchedulingPolicy policy, EventSink sink) throws InterruptedException;

    /** Runs a trace with a batching setup (docs/batching.md). */
    RunResult run(TimedTrace trace, BatchSetup setup, EventSink sink) throws InterruptedException;

    default RunResult run(TimedTrace trace, SchedulingPolicy policy) throws InterruptedException {
        return run(trace, policy, EventSink.NONE);
    }

    default RunResult run(TimedTrace trace, BatchSetup setup) throws InterruptedException {
        return run(trace, setup, EventSink.NONE);
    }
}
