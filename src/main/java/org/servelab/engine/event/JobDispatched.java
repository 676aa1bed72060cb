package org.servelab.engine.event;

/**
 * The scheduler handed a job to the inference slot for {@code iterations} iterations back to back,
 * making tokens {@code firstToken .. firstToken + iterations - 1} and ending at {@code end}.
 */
public record JobDispatched(double time, int job, int level, int firstToken, int iterations, double end)
        implements SimEvent {
}
