package org.servelab.ui.histogram;

import java.util.List;

/**
 * Equal-width bins over {@code [0, max)}: the last bin also takes {@code max} and anything above it, so
 * that a value is never lost while a run is still filling a range chosen from another run.
 */
public final class HistogramBins {

    private final double max;
    private final int count;

    public HistogramBins(double max, int count) {
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("bin range must be a positive number, got " + max);
        }
        if (count < 1) {
            throw new IllegalArgumentException("need at least one bin, got " + count);
        }
        this.max = max;
        this.count = count;
    }

    /** Bins over a range rounded up to a nice number (1, 2, 2.5, 5 times a power of ten). */
    public static HistogramBins nice(double max, int count) {
        return new HistogramBins(niceCeil(max > 0 && !Double.isInfinite(max) ? max : 1), count);
    }

    static double niceCeil(double v) {
        double pow = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
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
        return bin * max / count;
    }

    public double upper(int bin) {
        return (bin + 1) * max / count;
    }

    /** The bin of a value; negative values go to the first bin, values at or above max to the last. */
    public int binOf(double v) {
        int b = (int) Math.floor(v / max * count);
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
