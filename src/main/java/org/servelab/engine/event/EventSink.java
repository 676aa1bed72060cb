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

    /**
     * Whether to emit {@link IterationStarted} when {@link #wantsIterations()} does: a sink that only
     * counts tokens (the token log) spares the engine one object per iteration.
     */
    default boolean wantsIterationStarts() {
        return wantsIterations();
    }

    /**
     * A token made at {@code time}: the same as {@code accept(new TokenGenerated(...))}, which it calls
     * unless overridden. Engines call this, so that a sink writing tokens out needs no object per token.
     */
    default void token(double time, int job, int token, int level) {
        accept(new TokenGenerated(time, job, token, level));
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
        boolean starts = live.stream().anyMatch(s -> s.wantsIterations() && s.wantsIterationStarts());
        return new EventSink() {
            @Override
            public void accept(SimEvent event) {
                if (event instanceof IterationStarted) {
                    for (EventSink s : live) {
                        if (s.wantsIterationStarts()) {
                            s.accept(event);
                        }
                    }
                    return;
                }
                for (EventSink s : live) {
                    s.accept(event);
                }
            }

            @Override
            public void token(double time, int job, int token, int level) {
                for (EventSink s : live) {
                    s.token(time, job, token, level);
                }
            }

            @Override
            public boolean wantsIterations() {
                return iterations;
            }

            @Override
            public boolean wantsIterationStarts() {
                return starts;
            }
        };
    }
}
