package org.servelab.workload.arrival;

import java.util.Objects;
import java.util.SplittableRandom;

import org.servelab.workload.TimeUnit;
import org.servelab.workload.Variates;

/**
 * A Gamma renewal process, the arrival model of the FastServe paper: gaps between arrivals are independent
 * Gamma variates with mean 1/R seconds and coefficient of variation CV (shape {@code 1/CV^2}, scale
 * {@code CV^2/R}). CV 1 has the gaps of a Poisson process; larger CVs are burstier (many short gaps and a
 * few long ones); CV 0 is a fixed rate. The first job arrives at 0, as with {@link FixedRate}.
 *
 * @param jobsPerSecond the rate R, positive and finite
 * @param cv            the coefficient of variation of the gaps, a finite number &ge; 0
 * @param seed          the seed of the generator; each call to {@link #times} starts from it afresh
 */
public record GammaArrivals(double jobsPerSecond, double cv, long seed) implements ArrivalProcess {

    public GammaArrivals {
        Rates.check(jobsPerSecond);
        Rates.checkCv(cv);
    }

    @Override
    public double[] times(int n, TimeUnit unit) {
        Rates.checkCount(n);
        Objects.requireNonNull(unit, "unit");
        double meanGap = Rates.unitsPerSecond(unit) / jobsPerSecond;
        double[] t = new double[n];
        if (cv == 0) {
            for (int k = 1; k < n; k++) {
                t[k] = t[k - 1] + meanGap;
            }
            return t;
        }
        double shape = 1.0 / (cv * cv);
        double scale = meanGap / shape;
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 1; k < n; k++) {
            t[k] = t[k - 1] + scale * Variates.gamma(shape, random);
        }
        return t;
    }

    @Override
    public String describe() {
        return "gamma " + Rates.format(jobsPerSecond) + " jobs/s, CV " + Rates.format(cv) + " (seed " + seed + ")";
    }
}
