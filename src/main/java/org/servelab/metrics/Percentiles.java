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
        // ceil(p * n / 100) in exact decimal arithmetic: p = 28, n = 25 is rank 7, not 8
        int rank = new java.math.BigDecimal(Double.toString(p)).multiply(java.math.BigDecimal.valueOf(sorted.length))
                .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).intValueExact();
        return sorted[Math.max(1, rank) - 1];
    }

    public static double[] sortedCopy(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }
}
