package org.servelab.engine.event;

/**
 * A job lost its KV to make room for another: its {@code blocks} were freed (it will prefill its prompt and
 * the tokens it made again) or, when {@code swapped}, moved to the CPU pool.
 */
public record JobPreempted(double time, int job, boolean swapped, int blocks) implements SimEvent {
}
