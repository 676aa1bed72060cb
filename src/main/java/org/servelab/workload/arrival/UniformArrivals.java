package org.servelab.workload.arrival;

import java.util.Objects;
import java.util.SplittableRandom;

import org.servelab.workload.TimeUnit;

/**
 * Gaps drawn uniformly from {@code [0, 2/R)} seconds: the same mean rate R as {@link FixedRate}, with some
 * jitter but no bursts (the gaps' coefficient of variation is {@code 1/sqrt(3)}, about 0.58, between a
 * fixed rate's 0 and Poisson's 1). The first job arrives at 0.
 *
 * @param jobsPerSecond the rate R, positive and finite
 * @param seed          the seed of the generator; each call to {@link #times} starts from it afresh
 */
public record UniformArrivals(double jobsPerSecond, long seed) implements ArrivalProcess {

    /** The coefficient of variation of a uniform gap on {@code [0, 2m)}. */
    public static final double CV = 1.0 / Math.sqrt(3.0);

    public UniformArrivals {
        Rates.check(jobsPerSecond);
    }

    @Override
    public double[] times(int n, TimeUnit unit) {
        Rates.checkCount(n);
        Objects.requireNonNull(unit, "unit");
        double maxGap = 2.0 * Rates.unitsPerSecond(unit) / jobsPerSecond;
        SplittableRandom random = new SplittableRandom(seed);
        double[] t = new double[n];
        for (int k = 1; k < n; k++) {
            t[k] = t[k - 1] + maxGap * random.nextDouble();
        }
        return t;
    }

    @Override
    public String describe() {
        return "uniform " + Rates.format(jobsPerSecond) + " jobs/s (seed " + seed + ")";
    }
}
