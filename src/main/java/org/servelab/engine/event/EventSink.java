package org.servelab.engine.event;

/**
 * Receives a run's events. Called from the engine's threads, one event at a time and never
 * concurrently; an implementation that hands events to another thread must do so safely.
 */
@FunctionalInterface
public interface EventSink {

    /** Receives nothing; the engine then builds no event objects at all. */
    EventSink NONE = e -> { };

    void accept(SimEvent event);

    /**
     * Whether to emit {@link IterationStarted} and {@link TokenGenerated} for every iteration. Without
     * them a run costs per decision, not per token.
     */
    default boolean wantsIterations() {
        return true;
    }

    /** A sink that passes every event to each of these in turn; it wants iterations if any of them does. */
    static EventSink tee(EventSink... sinks) {
        java.util.List<EventSink> live = new java.util.ArrayList<>();
        for (EventSink s : sinks) {
            if (s != null && s != NONE) {
                live.add(s);
            }
        }
        if (live.isEmpty()) {
            return NONE;
        }
        if (live.size() == 1) {
            return live.get(0);
        }
        boolean iterations = live.stream().anyMatch(EventSink::wantsIterations);
        return new EventSink() {
            @Override
            public void accept(SimEvent event) {
                for (EventSink s : live) {
                    s.accept(event);
                }
            }

            @Override
            public boolean wantsIterations() {
                return iterations;
            }
        };
    }
}
