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
        return sorted[index(sorted.length, p)];
    }

    /** Where the nearest-rank percentile {@code p} of {@code n > 0} values lies once they are sorted. */
    static int index(int n, double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        // ceil(p * n / 100) in exact decimal arithmetic: p = 28, n = 25 is rank 7, not 8
        int rank = new java.math.BigDecimal(Double.toString(p)).multiply(java.math.BigDecimal.valueOf(n))
                .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).intValueExact();
        return Math.max(1, rank) - 1;
    }

    /**
     * The nearest-rank percentiles {@code ps} (ascending, in (0, 100]) of {@code values}, which are reordered:
     * what {@link #nearestRank} gives on a sorted copy, in the order {@link Arrays#sort(double[])} uses
     * ({@link Double#compare}), found by selection instead of a whole sort. 100 is the maximum.
     */
    public static double[] select(double[] values, double... ps) {
        double[] out = new double[ps.length];
        if (values.length == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        int from = 0;
        for (int i = 0; i < ps.length; i++) {
            int k = index(values.length, ps[i]);
            if (k < from) {
                throw new IllegalArgumentException("percentiles must be ascending");
            }
            select(values, from, values.length - 1, k);
            out[i] = values[k];
            from = k; // everything from k on is at least values[k]
        }
        return out;
    }

    /** Moves the k-th smallest of a[lo..hi] to a[k], smaller ones before it and larger ones after. */
    private static void select(double[] a, int lo, int hi, int k) {
        int rounds = 0;
        while (hi > lo) {
            if (hi - lo < 48 || ++rounds > 64) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            double x = a[lo];
            double y = a[(lo + hi) >>> 1];
            double z = a[hi];
            double pivot = Double.compare(x, y) < 0
                    ? (Double.compare(y, z) < 0 ? y : Double.compare(x, z) < 0 ? z : x)
                    : (Double.compare(x, z) < 0 ? x : Double.compare(y, z) < 0 ? z : y);
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int c = Double.compare(a[i], pivot);
                if (c < 0) {
                    double t = a[lt];
                    a[lt++] = a[i];
                    a[i++] = t;
                } else if (c > 0) {
                    double t = a[gt];
                    a[gt--] = a[i];
                    a[i] = t;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return;
            }
        }
    }
}
