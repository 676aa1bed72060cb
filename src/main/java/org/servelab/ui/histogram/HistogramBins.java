package org.servelab.ui.histogram;

import java.util.List;

/**
 * Equal-width bins over {@code [0, max)}: the last bin also takes {@code max} and anything above it, so
 * that a value is never lost while a run is still filling a range chosen from another run.
 */
public final class HistogramBins {

    private final double max;
    private final int count;
    /** Lower edge of the first bin on a logarithmic scale, or 0 for equal-width bins from 0. */
    private final double min;

    public HistogramBins(double max, int count) {
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("bin range must be a positive number, got " + max);
        }
        if (count < 1) {
            throw new IllegalArgumentException("need at least one bin, got " + count);
        }
        this.max = max;
        this.count = count;
        this.min = 0;
    }

    private HistogramBins(double min, double max, int count) {
        this.min = min;
        this.max = max;
        this.count = count;
    }

    /**
     * Bins of equal width on a logarithmic scale from {@code min} to {@code max} (both rounded out to a
     * power of ten), for long tails: each bin spans the same ratio.
     */
    public static HistogramBins log(double min, double max, int count) {
        double hi = max > 0 && !Double.isInfinite(max) ? max : 1;
        double lo = min > 0 && min < hi ? min : hi / 1000;
        double a = Math.pow(10, Math.floor(Math.log10(lo)));
        double b = Math.pow(10, Math.ceil(Math.log10(hi * (1 + 1e-12))));
        if (!(b > a)) {
            b = a * 10;
        }
        return new HistogramBins(a, b, Math.max(1, count));
    }

    /** Whether the bins are equal on a logarithmic scale. */
    public boolean logarithmic() {
        return min > 0;
    }

    /** Lower edge of the first bin. */
    public double min() {
        return min;
    }

    /** Bins over a range rounded up to a nice number (1, 2, 2.5, 5 times a power of ten). */
    public static HistogramBins nice(double max, int count) {
        return new HistogramBins(niceCeil(max > 0 && !Double.isInfinite(max) ? max : 1), count);
    }

    static double niceCeil(double v) {
        double pow = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * pow >= v * (1 - 1e-12)) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    public double max() {
        return max;
    }

    public int count() {
        return count;
    }

    public double width() {
        return max / count;
    }

    public double lower(int bin) {
        if (logarithmic()) {
            return min * Math.pow(max / min, (double) bin / count);
        }
        return bin * max / count;
    }

    public double upper(int bin) {
        return bin + 1 == count ? max : lower(bin + 1);
    }

    /** The bin of a value; values below the first bin go to it, values at or above max to the last. */
    public int binOf(double v) {
        int b;
        if (logarithmic()) {
            b = v <= min ? 0 : (int) Math.floor(Math.log(v / min) / Math.log(max / min) * count);
        } else {
            b = (int) Math.floor(v / max * count);
        }
        return Math.max(0, Math.min(count - 1, b));
    }

    /** Counts values per bin; {@code NaN} values (unfinished jobs) are skipped. */
    public int[] count(List<? extends Number> values) {
        int[] counts = new int[count];
        for (Number n : values) {
            double v = n.doubleValue();
            if (!Double.isNaN(v)) {
                counts[binOf(v)]++;
            }
        }
        return counts;
    }
}
