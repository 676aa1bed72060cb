package org.servelab.engine.event;

/** The job reached the scheduler's buffer at {@code time}, its arrival. Emitted when it is admitted. */
public record JobArrived(double time, int job) implements SimEvent {
}
