package org.servelab.workload.arrival;

import java.util.Objects;
import java.util.SplittableRandom;

import org.servelab.workload.TimeUnit;

/**
 * A Poisson process of rate R: gaps between arrivals are independent and exponential with mean 1/R
 * seconds. The first job arrives at 0 and each later job one gap after the previous one, so that runs
 * start at once, as with {@link FixedRate}. Each call to {@link #times} draws from a fresh generator
 * seeded with {@code seed}, so one instance always gives the same times and no state is shared.
 *
 * @param jobsPerSecond the rate R, positive and finite
 * @param seed          the seed of the generator
 */
public record PoissonArrivals(double jobsPerSecond, long seed) implements ArrivalProcess {

    public PoissonArrivals {
        Rates.check(jobsPerSecond);
    }

    @Override
    public double[] times(int n, TimeUnit unit) {
        Rates.checkCount(n);
        Objects.requireNonNull(unit, "unit");
        double meanGap = Rates.unitsPerSecond(unit) / jobsPerSecond;
        SplittableRandom random = new SplittableRandom(seed);
        double[] t = new double[n];
        for (int k = 1; k < n; k++) {
            // 1 - U is in (0, 1], so the logarithm is finite
            t[k] = t[k - 1] - meanGap * Math.log(1.0 - random.nextDouble());
        }
        return t;
    }

    @Override
    public String describe() {
        return "poisson " + Rates.format(jobsPerSecond) + " jobs/s (seed " + seed + ")";
    }
}
