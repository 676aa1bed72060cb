package org.servelab.workload.arrival;

import java.util.Objects;

import org.servelab.workload.TimeUnit;

/**
 * Jobs at a steady rate R: job k (from 0) arrives at k / R seconds, so the first at 0. This is the
 * exercise's producer, which sends one request every 1/R seconds.
 *
 * @param jobsPerSecond the rate R, positive and finite
 */
public record FixedRate(double jobsPerSecond) implements ArrivalProcess {

    public FixedRate {
        Rates.check(jobsPerSecond);
    }

    @Override
    public double[] times(int n, TimeUnit unit) {
        Rates.checkCount(n);
        Objects.requireNonNull(unit, "unit");
        double unitsPerSecond = Rates.unitsPerSecond(unit);
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k * unitsPerSecond / jobsPerSecond;
        }
        return t;
    }

    @Override
    public String describe() {
        return "fixed " + Rates.format(jobsPerSecond) + " jobs/s";
    }
}
