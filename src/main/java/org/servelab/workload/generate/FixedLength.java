package org.servelab.workload.generate;

import java.util.SplittableRandom;

/**
 * Every job the same length.
 *
 * @param tokens the length, at least 1
 */
public record FixedLength(int tokens) implements LengthDistribution {

    public FixedLength {
        if (tokens < 1) {
            throw new IllegalArgumentException("a fixed length must be at least 1 token, got " + tokens);
        }
    }

    @Override
    public int sample(SplittableRandom random) {
        return tokens;
    }

    @Override
    public double mean() {
        return tokens;
    }

    @Override
    public String describe() {
        return "fixed:" + tokens;
    }
}
