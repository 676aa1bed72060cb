package org.servelab.engine.event;

/** The job used its level's quantum and moved to the tail of a lower level ({@code from == to} in the last level). */
public record JobDemoted(double time, int job, int from, int to) implements SimEvent {
}
