package org.servelab.engine.event;

/** The job made its last token; {@code jct} is its finish time minus its arrival. */
public record JobFinished(double time, int job, double jct) implements SimEvent {
}
