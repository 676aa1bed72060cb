package org.servelab.workload.io;

import org.servelab.workload.InputException;
import org.servelab.workload.TimeGrid;

/**
 * Where a value was read (source, 1-based line, field such as {@code jobs[3].outputTokens}, and the
 * job's id when known), with the range checks shared by the readers. Each check returns the value or
 * throws an {@link InputException} that names all of these.
 */
record FieldAt(String source, int line, String field, String jobId) {

    InputException error(String problem) {
        return new InputException(source, line, field, jobId == null ? problem : problem + " (job " + jobId + ")");
    }

    /** A whole number of at least {@code min}; an integral value written with a fraction ({@code 48.0}) is accepted. */
    int whole(double v, int min) {
        return (int) accepted(v, wholeProblem(v, min));
    }

    /** A duration: finite and greater than zero, on the time grid and within its exact range. */
    double positive(double v) {
        return accepted(v, positiveProblem(v));
    }

    /** A point in time: finite and not negative, within the time grid's exact range. */
    double nonNegative(double v) {
        return accepted(v, nonNegativeProblem(v));
    }

    /**
     * A job's explicit service time, {@code prefill + (output - 1) x decode}, must fit in the time grid's
     * exact range (this field is where the job's decode time was read).
     */
    void service(double prefill, double decode, int output) {
        accepted(0, serviceProblem(prefill, decode, output));
    }

    // The predicates below are the checks alone, for readers that build a FieldAt only to report.

    /** Whether {@link #whole} accepts {@code v}. */
    static boolean isWhole(double v, int min) {
        return wholeProblem(v, min) == null;
    }

    /** Whether {@link #positive} accepts {@code v}. */
    static boolean isPositive(double v) {
        return positiveProblem(v) == null;
    }

    /** Whether {@link #nonNegative} accepts {@code v}. */
    static boolean isNonNegative(double v) {
        return nonNegativeProblem(v) == null;
    }

    /** Whether {@link #service} accepts the job's times. */
    static boolean isService(double prefill, double decode, int output) {
        return serviceProblem(prefill, decode, output) == null;
    }

    /** Why a time is too large, after the value. */
    static final String TOO_LARGE = " (times are simulated exactly up to 2^31 = "
            + Numbers.format(TimeGrid.MAX_TIME) + " of the trace's unit)";

    // Each check once: what is wrong with the value, or null when it passes (no text is made then).

    private double accepted(double v, String problem) {
        if (problem != null) {
            throw error(problem);
        }
        return v;
    }

    private static String wholeProblem(double v, int min) {
        if (v != Math.rint(v) || Double.isInfinite(v)) {
            return "must be a whole number >= " + min + ", got " + Numbers.format(v);
        }
        if (v > Integer.MAX_VALUE) {
            return "is too large: " + Numbers.format(v);
        }
        if (v < min) {
            return "must be >= " + min + ", got " + Numbers.format(v);
        }
        return null;
    }

    private static String positiveProblem(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return "must be a positive number, got " + Numbers.format(v);
        }
        if (TimeGrid.snap(v) == 0) {
            return "is below the time resolution (a millionth of the unit), got " + Numbers.format(v);
        }
        return rangeProblem(v);
    }

    private static String nonNegativeProblem(double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            return "must be a number >= 0, got " + Numbers.format(v);
        }
        return rangeProblem(v);
    }

    private static String rangeProblem(double v) {
        return TimeGrid.inRange(v) ? null : "is too large: " + Numbers.format(v) + TOO_LARGE;
    }

    private static String serviceProblem(double prefill, double decode, int output) {
        double service = prefill + (output - 1) * decode;
        return TimeGrid.inRange(service) ? null : "the job's service time, prefillTime + (outputTokens - 1) x "
                + "decodeTime = " + Numbers.format(service) + ", is too large" + TOO_LARGE;
    }
}
