package org.servelab.policy.batch;

import java.util.Arrays;

/**
 * Output lengths a length predictor gave the jobs of a trace (trace order), which {@code sjf} and
 * {@code srpt} rank by instead of the true lengths when a run has them. The true lengths still decide when a
 * job finishes.
 */
public final class PredictedLengths {

    private final String name;
    private final int[] lengths;

    /**
     * @param name    what predicted them, as the user wrote it ({@code noisy:0.4}, {@code trace})
     * @param lengths one per job, each at least 1
     */
    public PredictedLengths(String name, int[] lengths) {
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] < 1) {
                throw new IllegalArgumentException("predicted length of job " + i + " must be at least 1, got "
                        + lengths[i]);
            }
        }
        this.name = name;
        this.lengths = lengths.clone();
    }

    public String name() {
        return name;
    }

    public int size() {
        return lengths.length;
    }

    public int length(int job) {
        return lengths[job];
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(Arrays.copyOf(lengths, Math.min(8, lengths.length)))
                + (lengths.length > 8 ? "..." : "");
    }
}
