package org.servelab.workload.arrival;

import org.servelab.workload.Decimals;
import org.servelab.workload.InputException;
import org.servelab.workload.TimeUnit;

/** Checks and unit conversions shared by the arrival processes. */
final class Rates {

    static final String RATE_OPTION = "--arrival-rate";

    private Rates() {
    }

    /** Returns {@code jobsPerSecond} if it is a positive finite number; otherwise an {@link InputException}. */
    static double check(double jobsPerSecond) {
        if (!(jobsPerSecond > 0) || Double.isInfinite(jobsPerSecond)) {
            throw InputException.parameter(RATE_OPTION,
                    "must be a positive number of jobs per second, got " + format(jobsPerSecond));
        }
        return jobsPerSecond;
    }

    /**
     * Units per second as an exact whole number (1000 for ms) where the unit is a fraction of a second:
     * {@code 1 / unit.seconds()} computed in floating point is not guaranteed to be exact.
     */
    static double unitsPerSecond(TimeUnit unit) {
        double perSecond = 1.0 / unit.seconds();
        return perSecond >= 1 ? Math.rint(perSecond) : perSecond;
    }

    static final String CV_OPTION = "--cv";

    /** Returns {@code cv} if it is a finite number &ge; 0; otherwise an {@link InputException} naming {@code --cv}. */
    static double checkCv(double cv) {
        if (!(cv >= 0) || Double.isInfinite(cv)) {
            throw InputException.parameter(CV_OPTION,
                    "the coefficient of variation must be a number >= 0, got " + format(cv));
        }
        return cv;
    }

    static void checkCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of jobs must be >= 0, got " + n);
        }
    }

    static String format(double v) {
        return Decimals.exact(v);
    }
}
