package org.servelab.engine;

import java.util.function.DoubleSupplier;

import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.JobDemoted;
import org.servelab.engine.event.JobJoinedQueue;
import org.servelab.engine.event.JobPromoted;
import org.servelab.policy.QueueObserver;

/** Turns a policy's queue moves into events stamped with the core's clock. */
final class QueueEvents implements QueueObserver {

    private final EventSink sink;
    private final DoubleSupplier clock;

    QueueEvents(EventSink sink, DoubleSupplier clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public void joined(int job, int level) {
        sink.accept(new JobJoinedQueue(clock.getAsDouble(), job, level));
    }

    @Override
    public void demoted(int job, int from, int to) {
        sink.accept(new JobDemoted(clock.getAsDouble(), job, from, to));
    }

    @Override
    public void promoted(int job, int from, int to) {
        sink.accept(new JobPromoted(clock.getAsDouble(), job, from, to));
    }
}
