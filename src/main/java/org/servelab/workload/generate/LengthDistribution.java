package org.servelab.workload.generate;

import java.util.SplittableRandom;

/** A distribution of token counts (prompt or output lengths), all at least 1. */
public interface LengthDistribution {

    /** One length drawn with {@code random}. */
    int sample(SplittableRandom random);

    /** The distribution's mean (for a lognormal, the one asked for: rounding and bounds move it very little). */
    double mean();

    /** How the user writes it, such as {@code zipf:1.5:2048}; {@link LengthDistributions#parse} reads it back. */
    String describe();
}
