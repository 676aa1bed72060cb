package org.servelab.metrics;

import java.util.Arrays;

/** Percentiles by the nearest-rank method: the smallest value with at least p% of values at or below it. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank percentile of already sorted values; {@code p} in (0, 100]. */
    public static double nearestRank(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    public static double[] sortedCopy(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }
}
