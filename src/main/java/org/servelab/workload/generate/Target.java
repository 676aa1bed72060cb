package org.servelab.workload.generate;

import org.servelab.workload.Decimals;
import org.servelab.workload.InputException;

/**
 * How fast jobs are sent: a rate in jobs per second, a target load (the rate that keeps the server busy
 * that fraction of the time: {@code rate = load / mean service time}), or, for a replayed trace, a factor
 * on its own gaps.
 *
 * @param kind  which of the three
 * @param value the rate, load or factor: a positive finite number
 */
public record Target(Kind kind, double value) {

    /** The three ways to say how fast, each with the flag that sets it. */
    public enum Kind {
        RATE("--rate"),
        LOAD("--load"),
        TIME_SCALE("--time-scale");

        private final String option;

        Kind(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    public Target {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw InputException.parameter(kind.option(), "must be a positive number, got " + Decimals.plain(value));
        }
    }

    public static Target rate(double jobsPerSecond) {
        return new Target(Kind.RATE, jobsPerSecond);
    }

    public static Target load(double load) {
        return new Target(Kind.LOAD, load);
    }

    public static Target timeScale(double factor) {
        return new Target(Kind.TIME_SCALE, factor);
    }

    @Override
    public String toString() {
        switch (kind) {
            case RATE:
                return Decimals.plain(value) + " jobs/s";
            case LOAD:
                return "load " + Decimals.plain(value);
            default:
                return "time scale " + Decimals.plain(value);
        }
    }
}
