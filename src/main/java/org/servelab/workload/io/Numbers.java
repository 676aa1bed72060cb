package org.servelab.workload.io;

import org.servelab.workload.Decimals;

/** Number text as the trace formats write it: plain decimals, no NaN, no infinities, no hex. */
final class Numbers {

    private static final int MAX_PLAIN_DIGITS = 9;

    private Numbers() {
    }

    /**
     * Parses a decimal number ({@code 12}, {@code -0.5}, {@code .5}, {@code 1e-3}), or returns {@code null}
     * when the text is not one. Java's own parser is not used alone because it also accepts {@code NaN},
     * {@code Infinity}, hex and a trailing {@code d}.
     */
    static Double parseDecimal(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int intStart = i;
        i = digits(text, i);
        int intDigits = i - intStart;
        if (intDigits == n && intDigits > 0 && intDigits <= MAX_PLAIN_DIGITS) {
            return (double) Integer.parseInt(text);
        }
        int fracDigits = 0;
        if (i < n && text.charAt(i) == '.') {
            int fracStart = i + 1;
            i = digits(text, fracStart);
            fracDigits = i - fracStart;
        }
        if (intDigits + fracDigits == 0) {
            return null;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            i = digits(text, i);
            if (i == expStart) {
                return null;
            }
        }
        return i == n ? Double.parseDouble(text) : null;
    }

    private static int digits(String text, int i) {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Whole numbers without a fraction ({@code 5}, not {@code 5.0}); others in the shortest text that reads back exactly. */
    static String format(double v) {
        return Decimals.exact(v);
    }
}
