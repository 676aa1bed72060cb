package org.servelab.engine.event;

/** An iteration ended and made token {@code token} of the job. Only when iterations are asked for. */
public record TokenGenerated(double time, int job, int token, int level) implements SimEvent {
}
