package org.servelab.workload;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as text, the one place that decides it: a whole number is written without a decimal point
 * ({@code 5}, not {@code 5.0}); other numbers as each kind of output needs them.
 */
public final class Decimals {

    /** Below this a whole double is exactly a long, and is written as one. */
    private static final double WHOLE_LIMIT = 1e15;

    private Decimals() {
    }

    /** Whether {@code v} is a whole number small enough to be written as a long. */
    public static boolean isWhole(double v) {
        return v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT;
    }

    /** The shortest text that reads back as exactly {@code v} ({@link Double#toString} unless whole). */
    public static String exact(double v) {
        return isWhole(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The shortest exact decimal, never with an exponent ({@code 0.05}, not {@code 5.0E-2}). */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return isWhole(v) ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** {@code v} rounded to {@code digits} significant digits, plain, without trailing zeros. */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return isWhole(v) ? Long.toString((long) v)
                : BigDecimal.valueOf(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /**
     * {@code v} rounded to at most {@code decimals} decimal places, plain, without trailing zeros, never
     * {@code -0}.
     *
     * @param mode how the exact binary value is rounded
     */
    public static String fixed(double v, int decimals, RoundingMode mode) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (isWhole(v)) {
            return Long.toString((long) v);
        }
        String s = new BigDecimal(v).setScale(decimals, mode).stripTrailingZeros().toPlainString();
        return "-0".equals(s) ? "0" : s;
    }

    /**
     * A number for a chart's label: whole from 100 up, one decimal from 10, two below ({@code 4170},
     * {@code 42.5}, {@code 6.67}), without trailing zeros.
     */
    public static String label(double v) {
        double a = Math.abs(v);
        double rounded = a >= 100 ? Math.rint(v) : a >= 10 ? Math.rint(v * 10) / 10 : Math.rint(v * 100) / 100;
        return fixed(rounded, 2, RoundingMode.HALF_EVEN);
    }
}
