package org.servelab.engine.event;

/** The job waited past the starvation limit and moved to the tail of a higher level. */
public record JobPromoted(double time, int job, int from, int to) implements SimEvent {
}
