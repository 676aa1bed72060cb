package org.servelab.experiment;

import java.math.RoundingMode;

import org.servelab.workload.Decimals;

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
        return Decimals.fixed(v, DECIMALS, RoundingMode.HALF_EVEN);
    }
}
