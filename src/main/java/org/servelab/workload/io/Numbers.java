package org.servelab.workload.io;

import java.util.regex.Pattern;

/** Number text as the trace formats write it: plain decimals, no NaN, no infinities, no hex. */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final double EXACT_LONG_LIMIT = 1e15;

    private Numbers() {
    }

    /**
     * Parses a decimal number, or returns {@code null} when the text is not one. Java's own parser is not
     * used alone because it also accepts {@code NaN}, {@code Infinity}, hex and a trailing {@code d}.
     */
    static Double parseDecimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        return Double.parseDouble(text);
    }

    /** Whole numbers without a fraction ({@code 5}, not {@code 5.0}); others in the shortest text that reads back exactly. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG_LIMIT) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
