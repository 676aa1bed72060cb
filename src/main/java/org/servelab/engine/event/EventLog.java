package org.servelab.engine.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sink that keeps every event in order, for tests, replays and golden traces. */
public final class EventLog implements EventSink {

    private final List<SimEvent> events = new ArrayList<>();
    private final boolean iterations;

    public EventLog() {
        this(true);
    }

    public EventLog(boolean iterations) {
        this.iterations = iterations;
    }

    @Override
    public synchronized void accept(SimEvent event) {
        events.add(event);
    }

    @Override
    public boolean wantsIterations() {
        return iterations;
    }

    public synchronized List<SimEvent> events() {
        return Collections.unmodifiableList(new ArrayList<>(events));
    }

    public synchronized <T extends SimEvent> List<T> ofType(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (SimEvent e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }
}
