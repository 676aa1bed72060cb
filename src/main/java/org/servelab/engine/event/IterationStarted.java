package org.servelab.engine.event;

/** One iteration began; it makes token {@code token} (token 1 is the prefill). Only when iterations are asked for. */
public record IterationStarted(double time, int job, int token, int level, double duration) implements SimEvent {

    public boolean prefill() {
        return token == 1;
    }

    public double end() {
        return time + duration;
    }
}
