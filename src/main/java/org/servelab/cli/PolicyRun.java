package org.servelab.cli;

import org.servelab.engine.BatchSetup;
import org.servelab.engine.Engine;
import org.servelab.engine.event.EventSink;
import org.servelab.metrics.RunResult;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/** One policy to run on a trace: a batch-size-1 policy, or a batching policy with its setup. */
public interface PolicyRun {

    String name();

    RunResult run(Engine engine, TimedTrace trace, EventSink sink) throws InterruptedException;

    static PolicyRun of(SchedulingPolicy p) {
        return new PolicyRun() {
            @Override
            public String name() {
                return p.name();
            }

            @Override
            public RunResult run(Engine engine, TimedTrace trace, EventSink sink) throws InterruptedException {
                return engine.run(trace, p, sink);
            }
        };
    }

    static PolicyRun of(BatchSetup s) {
        return new PolicyRun() {
            @Override
            public String name() {
                return s.policy().name();
            }

            @Override
            public RunResult run(Engine engine, TimedTrace trace, EventSink sink) throws InterruptedException {
                return engine.run(trace, s, sink);
            }
        };
    }
}
