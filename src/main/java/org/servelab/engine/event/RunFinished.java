package org.servelab.engine.event;

/** Every job has finished; {@code time} is the last finish. */
public record RunFinished(double time, int jobs) implements SimEvent {

    @Override
    public int job() {
        return -1;
    }
}
