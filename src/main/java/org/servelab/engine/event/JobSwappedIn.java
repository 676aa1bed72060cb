package org.servelab.engine.event;

/** A swapped job's {@code blocks} moved back from the CPU pool to GPU memory. */
public record JobSwappedIn(double time, int job, int blocks) implements SimEvent {
}
