package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.SimEvent;

/**
 * The hand-off from engine threads to the frame: the engine appends events to a concurrent queue and
 * never waits; once per frame the UI drains everything that has arrived and applies it as one batch.
 * The first {@code skip} events of the run are dropped: the model already shows them.
 */
public final class EventBatcher implements EventSink {

    private final ConcurrentLinkedQueue<SimEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong seen = new AtomicLong();
    private final long skip;

    public EventBatcher() {
        this(0);
    }

    public EventBatcher(long skip) {
        this.skip = skip;
    }

    @Override
    public void accept(SimEvent event) {
        if (seen.getAndIncrement() >= skip) {
            queue.add(event);
        }
    }

    @Override
    public boolean wantsIterations() {
        return false;
    }

    /** Everything that arrived since the last drain, in order. */
    public List<SimEvent> drain() {
        List<SimEvent> out = new ArrayList<>();
        SimEvent e;
        while ((e = queue.poll()) != null) {
            out.add(e);
        }
        return out;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
