package org.servelab.workload.generate;

import java.util.SplittableRandom;

import org.servelab.workload.Decimals;
import org.servelab.workload.Variates;

/**
 * Lengths whose logarithm is normal: {@code round(exp(mu + sigma Z))}, kept within {@code 1..max}, with
 * {@code mu = ln(mean) - sigma^2 / 2} so that the unrounded mean is the one asked for. {@code sigma} is the
 * spread on the log scale: 0.5 keeps most lengths within a factor of 2.7 of the median, 1 within 7.4.
 * Real chat lengths (ShareGPT, Alpaca) are roughly lognormal.
 *
 * @param mean  the mean length, at least 1
 * @param sigma the spread of the logarithm, a finite number &ge; 0
 * @param max   the longest length drawn
 */
public record LogNormalLength(double mean, double sigma, int max) implements LengthDistribution {

    /** The bound used when none is written: far enough out that it hardly moves the mean. */
    public static final int DEFAULT_MAX = 16384;

    public LogNormalLength {
        if (!(mean >= 1) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("a lognormal mean must be a number >= 1, got " + mean);
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("a lognormal spread (sigma) must be a number >= 0, got " + sigma);
        }
        if (max < 1 || max < mean) {
            throw new IllegalArgumentException("a lognormal bound must be at least the mean, got " + max);
        }
    }

    @Override
    public int sample(SplittableRandom random) {
        double mu = Math.log(mean) - sigma * sigma / 2;
        double x = Math.exp(mu + sigma * Variates.normal(random));
        return (int) Math.max(1, Math.min(max, Math.rint(x)));
    }

    @Override
    public String describe() {
        return "lognormal:" + Decimals.plain(mean) + ":" + Decimals.plain(sigma)
                + (max == DEFAULT_MAX ? "" : ":" + max);
    }
}
