package org.servelab.workload.io;

import org.servelab.workload.InputException;

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
        if (v != Math.rint(v) || Double.isInfinite(v)) {
            throw error("must be a whole number >= " + min + ", got " + Numbers.format(v));
        }
        if (v > Integer.MAX_VALUE) {
            throw error("is too large: " + Numbers.format(v));
        }
        if (v < min) {
            throw error("must be >= " + min + ", got " + Numbers.format(v));
        }
        return (int) v;
    }

    /** A duration: finite and greater than zero. */
    double positive(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw error("must be a positive number, got " + Numbers.format(v));
        }
        return v;
    }

    /** A point in time: finite and not negative. */
    double nonNegative(double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw error("must be a number >= 0, got " + Numbers.format(v));
        }
        return v;
    }
}
