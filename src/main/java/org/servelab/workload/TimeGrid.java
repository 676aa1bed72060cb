package org.servelab.workload;

/**
 * Simulated times are exact to a millionth of the trace's unit. Every time a trace gives (arrivals,
 * iteration times) and every time the engine computes (boundaries, used quanta, remaining service) is
 * rounded to this grid, so that sums of decimal times compare the way their decimal values do:
 * {@code 7.1 + 2.8} equals an arrival written as {@code 9.9}, although the two binary doubles differ.
 * Without it, whether a job arriving exactly at an iteration boundary is admitted there would depend on
 * rounding.
 *
 * <p>The grid is exact for times below 10^9 units (about 11 days in ms); beyond that the rounding is
 * still deterministic, only coarser.
 */
public final class TimeGrid {

    /** Grid points per time unit. */
    public static final double STEPS_PER_UNIT = 1e6;

    /**
     * The largest time the grid holds exactly: beyond it, grid points are further apart than a double's
     * resolution allows and sums of times stop being exact. Traces and arrival processes stay below it.
     */
    public static final double MAX_TIME = 1e9;

    private TimeGrid() {
    }

    /** The grid point nearest to {@code t} (infinities and NaN pass through). */
    public static double snap(double t) {
        if (Double.isInfinite(t) || Double.isNaN(t)) {
            return t;
        }
        double s = Math.rint(t * STEPS_PER_UNIT) / STEPS_PER_UNIT;
        return s == 0 ? 0.0 : s;
    }

    /** Whether {@code t} is a time the grid holds exactly: a number from 0 to {@link #MAX_TIME}. */
    public static boolean inRange(double t) {
        return t >= 0 && t <= MAX_TIME;
    }

    /** {@code snap(a + b)}. */
    public static double add(double a, double b) {
        return snap(a + b);
    }
}
