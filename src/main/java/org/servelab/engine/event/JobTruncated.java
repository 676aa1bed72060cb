package org.servelab.engine.event;

/** A job reached the output cap: it finishes after {@code tokens} tokens, fewer than it asked for. */
public record JobTruncated(double time, int job, int tokens) implements SimEvent {
}
