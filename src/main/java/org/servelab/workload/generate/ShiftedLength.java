package org.servelab.workload.generate;

import java.util.SplittableRandom;

/**
 * A fixed number of tokens plus a drawn length: a chat template around a user's text.
 *
 * @param offset tokens always added, at least 0
 * @param base   the drawn part
 */
public record ShiftedLength(int offset, LengthDistribution base) implements LengthDistribution {

    public ShiftedLength {
        if (offset < 0) {
            throw new IllegalArgumentException("an offset must be at least 0 tokens, got " + offset);
        }
    }

    @Override
    public int sample(SplittableRandom random) {
        return offset + base.sample(random);
    }

    @Override
    public double mean() {
        return offset + base.mean();
    }

    @Override
    public String describe() {
        return offset + "+" + base.describe();
    }
}
