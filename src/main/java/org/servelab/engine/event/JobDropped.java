package org.servelab.engine.event;

/** A job was dropped without being served: {@code reason} is {@code timeout} or {@code max-waiting}. */
public record JobDropped(double time, int job, String reason) implements SimEvent {
}
