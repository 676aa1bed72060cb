package org.servelab.experiment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the sweep's files write them: plain decimals, at most six decimal places (a nanosecond when
 * times are in milliseconds), no exponent, no trailing zeros; an empty string for {@code NaN}.
 */
public final class NumberText {

    private static final int DECIMALS = 6;

    private NumberText() {
    }

    public static String of(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = d.toPlainString();
        return "-0".equals(s) ? "0" : s;
    }
}
