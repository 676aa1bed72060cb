package org.servelab.workload.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.servelab.workload.Decimals;

/**
 * Zipf's law on {@code 1..max}: length k has probability proportional to {@code k^-theta}. Most jobs are
 * short and a few are very long, the heavy tail that makes size-based scheduling pay off. Sampled by
 * inverting the cumulative table (one binary search per draw).
 */
public final class BoundedZipf implements LengthDistribution {

    /** Largest {@code max} accepted: the table costs 8 bytes per length. */
    public static final int MAX_LENGTH = 1 << 20;

    private final double theta;
    private final int max;
    private final double[] cumulative;
    private final double mean;

    public BoundedZipf(double theta, int max) {
        if (!(theta > 0) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("the Zipf exponent must be a positive number, got " + theta);
        }
        if (max < 1 || max > MAX_LENGTH) {
            throw new IllegalArgumentException("the Zipf bound must be between 1 and " + MAX_LENGTH + ", got " + max);
        }
        this.theta = theta;
        this.max = max;
        this.cumulative = new double[max];
        double sum = 0;
        double weighted = 0;
        for (int k = 1; k <= max; k++) {
            double w = Math.pow(k, -theta);
            sum += w;
            weighted += k * w;
            cumulative[k - 1] = sum;
        }
        for (int k = 0; k < max; k++) {
            cumulative[k] /= sum;
        }
        cumulative[max - 1] = 1.0;
        this.mean = weighted / sum;
    }

    public double theta() {
        return theta;
    }

    public int max() {
        return max;
    }

    @Override
    public int sample(SplittableRandom random) {
        double u = random.nextDouble();
        // the smallest k with u < P(X <= k); cumulative[i] is P(X <= i + 1)
        int i = Arrays.binarySearch(cumulative, u);
        int firstAbove = i >= 0 ? i + 1 : -i - 1;
        return Math.min(firstAbove + 1, max);
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public String describe() {
        return "zipf:" + Decimals.plain(theta) + ":" + max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundedZipf && ((BoundedZipf) o).theta == theta && ((BoundedZipf) o).max == max;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(theta) * 31 + max;
    }

    @Override
    public String toString() {
        return describe();
    }
}
