package org.servelab.engine;

import java.util.function.Function;

import org.servelab.engine.event.EventSink;
import org.servelab.metrics.RunResult;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/**
 * The producer / scheduler / inference design on three real threads, paced by a {@link Pacer}:
 * virtual (no waiting), real time scaled by a speed factor, or stepped one iteration at a time.
 * It emits the same events in the same order as the {@link DiscreteEventEngine}.
 */
public final class ThreadedEngine implements Engine {

    private final Function<TimedTrace, Pacer> pacers;

    /** @param pacers makes a fresh pacer for each run, from the run's trace (for its time unit) */
    public ThreadedEngine(Function<TimedTrace, Pacer> pacers) {
        this.pacers = pacers;
    }

    /** Threads that never wait: as fast as the hand-offs go. */
    public static ThreadedEngine virtual() {
        return new ThreadedEngine(t -> Pacer.virtual());
    }

    /** Real time scaled by {@code speed} (2 = twice as fast as real time). */
    public static ThreadedEngine realTime(double speed) {
        return new ThreadedEngine(t -> new RealTimePacer(t.timeUnit().seconds(), speed));
    }

    @Override
    public RunResult run(TimedTrace trace, SchedulingPolicy policy, EventSink sink) throws InterruptedException {
        return start(trace, policy, sink, pacers.apply(trace)).await();
    }

    @Override
    public RunResult run(TimedTrace trace, BatchSetup setup, EventSink sink) throws InterruptedException {
        return start(trace, setup, sink, pacers.apply(trace)).await();
    }

    /** Starts a run on its three threads and returns at once. */
    public static ThreadedRun start(TimedTrace trace, SchedulingPolicy policy, EventSink sink, Pacer pacer) {
        ThreadedRun run = new ThreadedRun(trace, new SimulationCore(trace, SimulationCore.solo(policy, trace), sink), pacer);
        run.start();
        return run;
    }

    /** Starts a batching run on its three threads (the inference thread runs a whole batch per hand-off). */
    public static ThreadedRun start(TimedTrace trace, BatchSetup setup, EventSink sink, Pacer pacer) {
        ThreadedRun run = new ThreadedRun(trace, new SimulationCore(trace, setup, sink), pacer);
        run.start();
        return run;
    }
}
