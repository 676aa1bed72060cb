package org.servelab.engine.event;

/** A new job joined the tail of a queue; with skip-join it may skip the levels above. */
public record JobJoinedQueue(double time, int job, int level) implements SimEvent {
}
