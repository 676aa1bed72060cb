package org.servelab.workload;

import java.util.Locale;

/** The unit a trace's times are written in. Rates are always given per second. */
public enum TimeUnit {
    US("us", 1e-6),
    MS("ms", 1e-3),
    S("s", 1.0);

    private final String symbol;
    private final double seconds;

    TimeUnit(String symbol, double seconds) {
        this.symbol = symbol;
        this.seconds = seconds;
    }

    public String symbol() {
        return symbol;
    }

    /** How many seconds one unit is. */
    public double seconds() {
        return seconds;
    }

    /**
     * A duration {@code v} in this unit, in {@code unit}: multiplied or divided by the whole number of one
     * unit in the other (5.88 ms is 0.00588 s, divided by 1000 rather than multiplied by an inexact 0.001).
     */
    public double convert(double v, TimeUnit unit) {
        if (seconds >= unit.seconds) {
            return v * Math.rint(seconds / unit.seconds);
        }
        return v / Math.rint(unit.seconds / seconds);
    }

    /** Returns the unit with this symbol ("us", "ms", "s"), or {@code null} when none has it. */
    public static TimeUnit fromSymbol(String symbol) {
        if (symbol == null) {
            return null;
        }
        String s = symbol.trim().toLowerCase(Locale.ROOT);
        for (TimeUnit u : values()) {
            if (u.symbol.equals(s)) {
                return u;
            }
        }
        return null;
    }
}
