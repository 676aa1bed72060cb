package org.servelab.workload.generate;

import java.math.BigDecimal;

/** Numbers in names and descriptions: {@code 2}, not {@code 2.0}; {@code 0.05}, not {@code 5.0E-2}. */
final class Texts {

    private Texts() {
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
