package org.servelab.workload;

/**
 * Simulated times are exact to a millionth of the trace's unit. Every time a trace gives (arrivals,
 * iteration times) and every time the engine computes (boundaries, used quanta, remaining service) is
 * rounded to this grid, so that sums of decimal times compare the way their decimal values do:
 * {@code 7.1 + 2.8} equals an arrival written as {@code 9.9}, although the two binary doubles differ.
 * Without it, whether a job arriving exactly at an iteration boundary is admitted there would depend on
 * rounding.
 *
 * <p>The grid is exact for times up to {@link #MAX_TIME} = 2^31 units (about 24.8 days in ms): there a
 * double's spacing is still under half a grid step, so a sum of two grid points rounds back to the exact
 * grid point of their decimal sum. Beyond it sums start to land on a neighbouring point, so the readers
 * refuse larger times and traces whose run would pass it.
 */
public final class TimeGrid {

    /** Grid points per time unit. */
    public static final double STEPS_PER_UNIT = 1e6;

    /**
     * The largest time the grid holds exactly, 2^31 units: beyond it, sums of grid points stop rounding to
     * the exact grid point. Traces, arrival processes and whole runs stay below it.
     */
    public static final double MAX_TIME = 2147483648.0;


    private TimeGrid() {
    }

    /** The grid point nearest to {@code t} (infinities and NaN pass through). */
    public static double snap(double t) {
        // an infinity or NaN comes through the same operations unchanged
        double s = Math.rint(t * STEPS_PER_UNIT) / STEPS_PER_UNIT;
        return s == 0 ? 0.0 : s;
    }

    /** Whether {@code t} is a time the grid holds exactly: a number from 0 to {@link #MAX_TIME} (2^31). */
    public static boolean inRange(double t) {
        return t >= 0 && t <= MAX_TIME;
    }

    /** {@code snap(a + b)}. */
    public static double add(double a, double b) {
        return snap(a + b);
    }
}
