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

    /**
     * Writes {@link Double#toString(double) Double.toString(v)} into {@code out} at {@code at} (room for 26
     * characters needed) and returns the position after it. A time on the {@link TimeGrid} from 0.001 to
     * 2^31 is written from its grid count, without the general conversion: there grid points are further
     * apart than a double's spacing, so the grid's decimal is the only one of at most six decimals that
     * reads back as {@code v}, hence the shortest, which is what {@code Double.toString} writes (checked
     * against it by DecimalsTest). Every other value goes through {@code Double.toString}.
     */
    public static int javaString(double v, char[] out, int at) {
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) {
            double k = Math.rint(a * TimeGrid.STEPS_PER_UNIT);
            if (k / TimeGrid.STEPS_PER_UNIT == a) {
                long steps = (long) k;
                if (v < 0) {
                    out[at++] = '-';
                }
                at = digits(steps / 1_000_000, out, at);
                out[at++] = '.';
                return fraction((int) (steps % 1_000_000), out, at);
            }
        }
        if (a >= 1e7 && a < TimeGrid.MAX_TIME) {
            double k = Math.rint(a * TimeGrid.STEPS_PER_UNIT);
            if (k / TimeGrid.STEPS_PER_UNIT == a) {
                if (v < 0) {
                    out[at++] = '-';
                }
                return scientific((long) k, out, at);
            }
        }
        String s = Double.toString(v);
        s.getChars(0, s.length(), out, at);
        return at + s.length();
    }

    /** {@code steps} millionths (at least 10^13) as Double.toString writes them: {@code 1.0342E9}. */
    private static int scientific(long steps, char[] out, int at) {
        int end = digits(steps, out, at + 1); // the digits, one place right to make room for the point
        int exponent = end - (at + 1) - 1 - 6;
        out[at] = out[at + 1];
        out[at + 1] = '.';
        while (end > at + 3 && out[end - 1] == '0') {
            end--;
        }
        out[end++] = 'E';
        return digits(exponent, out, end);
    }

    /** {@link #exact(double)} written into {@code out} at {@code at} (room for 26); the position after it. */
    public static int exact(double v, char[] out, int at) {
        if (isWhole(v)) {
            long n = (long) v;
            if (n < 0) {
                out[at++] = '-';
                n = -n;
            }
            return digits(n, out, at);
        }
        return javaString(v, out, at);
    }

    /** "00" to "99": two digits per division. */
    private static final char[] PAIRS = new char[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (char) ('0' + i / 10);
            PAIRS[2 * i + 1] = (char) ('0' + i % 10);
        }
    }

    /** The decimal digits of {@code n >= 0}. */
    private static int digits(long n, char[] out, int at) {
        if (n < 1_000_000_000L) {
            return digits((int) n, out, at);
        }
        long high = n / 100_000_000L;
        at = digits(high, out, at);
        fixed((int) (n - high * 100_000_000L), 8, out, at);
        return at + 8;
    }

    /** The decimal digits of {@code n >= 0}. */
    private static int digits(int n, char[] out, int at) {
        int len = 1;
        for (int p = 10; len < 10 && n >= p; p *= 10) {
            len++;
        }
        fixed(n, len, out, at);
        return at + len;
    }

    /** The last {@code len} digits of {@code n >= 0}, zeros in front, at {@code at}. */
    private static void fixed(int n, int len, char[] out, int at) {
        int i = at + len;
        while (i - at >= 2) {
            int q = n / 100;
            int r = 2 * (n - q * 100);
            out[--i] = PAIRS[r + 1];
            out[--i] = PAIRS[r];
            n = q;
        }
        if (i > at) {
            out[--i] = (char) ('0' + n % 10);
        }
    }

    /** Six decimals {@code f} (0 to 999,999) without trailing zeros, at least one digit. */
    private static int fraction(int f, char[] out, int at) {
        if (f == 0) {
            out[at] = '0';
            return at + 1;
        }
        fixed(f, 6, out, at);
        int end = at + 6;
        while (out[end - 1] == '0') {
            end--;
        }
        return end;
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
