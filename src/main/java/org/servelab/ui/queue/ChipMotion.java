package org.servelab.ui.queue;

import java.util.Arrays;

/**
 * Where each visible chip is drawn: it glides from where it was to its new place over
 * {@link #duration} (shorter while playing fast), and a trail back to its origin fades over
 * {@link #TRAIL_NANOS}.
 * Positions are {@code NaN} for jobs that are not on screen.
 */
final class ChipMotion {

    static final long DEFAULT_DURATION_NANOS = 320_000_000L;
    static final long TRAIL_NANOS = 1_600_000_000L;

    private double[] fromX = new double[0];
    private double[] fromY = new double[0];
    private double[] toX = new double[0];
    private double[] toY = new double[0];
    private double[] fromW = new double[0];
    private double[] fromH = new double[0];
    private double[] toW = new double[0];
    private double[] toH = new double[0];
    private long[] started = new long[0];
    private long duration = DEFAULT_DURATION_NANOS;

    void setDuration(long nanos) {
        duration = Math.max(1, nanos);
    }

    void reset(int jobs) {
        fromX = nan(jobs);
        fromY = nan(jobs);
        toX = nan(jobs);
        toY = nan(jobs);
        fromW = nan(jobs);
        fromH = nan(jobs);
        toW = nan(jobs);
        toH = nan(jobs);
        started = new long[jobs];
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    int size() {
        return toX.length;
    }

    /**
     * Sends a chip to a new place; it starts from where it is drawn now, or from {@code enterX/Y}.
     * Returns whether it moved.
     */
    boolean moveTo(int job, double x, double y, double enterX, double enterY, long now, boolean animate) {
        return moveTo(job, x, y, Double.NaN, Double.NaN, enterX, enterY, now, animate);
    }

    /** Sends a chip to a new place and size ({@code NaN} sizes: the caller's default). */
    boolean moveTo(int job, double x, double y, double w, double h, double enterX, double enterY, long now,
                   boolean animate) {
        if (toX[job] == x && toY[job] == y) {
            if (!(toW[job] == w) && !(Double.isNaN(w) && Double.isNaN(toW[job]))) {
                toW[job] = w;
                toH[job] = h;
            }
            return false;
        }
        boolean shown = !Double.isNaN(toX[job]);
        if (animate) {
            fromX[job] = shown ? x(job, now) : enterX;
            fromY[job] = shown ? y(job, now) : enterY;
            fromW[job] = shown ? w(job, now, w) : w;
            fromH[job] = shown ? h(job, now, h) : h;
            started[job] = now;
        } else {
            fromX[job] = Double.NaN;
            fromY[job] = Double.NaN;
        }
        toX[job] = x;
        toY[job] = y;
        toW[job] = w;
        toH[job] = h;
        return true;
    }

    /** Drawn width; {@code fallback} when the chip has no size of its own. */
    double w(int job, long now, double fallback) {
        return lerp(fromW[job], toW[job], progress(job, now), fallback);
    }

    /** The width the chip has at rest (where it glides to); {@code fallback} when it has no size of its own. */
    double restW(int job, double fallback) {
        return Double.isNaN(toW[job]) ? fallback : toW[job];
    }

    /** The height the chip has at rest. */
    double restH(int job, double fallback) {
        return Double.isNaN(toH[job]) ? fallback : toH[job];
    }

    double h(int job, long now, double fallback) {
        return lerp(fromH[job], toH[job], progress(job, now), fallback);
    }

    private static double lerp(double from, double to, double f, double fallback) {
        double b = Double.isNaN(to) ? fallback : to;
        if (f >= 1 || Double.isNaN(from)) {
            return b;
        }
        return from + (b - from) * f;
    }

    /** Whether the chip is still gliding (not counting its trail). */
    boolean gliding(int job, long now) {
        return !Double.isNaN(fromX[job]) && progress(job, now) < 1;
    }

    /** Puts a chip at its place at once, with no glide and no trail. */
    void settle(int job) {
        fromX[job] = Double.NaN;
        fromY[job] = Double.NaN;
    }

    void hide(int job) {
        toX[job] = Double.NaN;
        toY[job] = Double.NaN;
        fromX[job] = Double.NaN;
    }

    boolean visible(int job) {
        return !Double.isNaN(toX[job]);
    }

    private double progress(int job, long now) {
        if (Double.isNaN(fromX[job])) {
            return 1;
        }
        double f = (now - started[job]) / (double) duration;
        f = Math.max(0, Math.min(1, f));
        return 1 - (1 - f) * (1 - f) * (1 - f);
    }

    double x(int job, long now) {
        double f = progress(job, now);
        return f >= 1 ? toX[job] : fromX[job] + (toX[job] - fromX[job]) * f;
    }

    double y(int job, long now) {
        double f = progress(job, now);
        return f >= 1 ? toY[job] : fromY[job] + (toY[job] - fromY[job]) * f;
    }

    /** Opacity of the trail back to the origin, 0 when there is none. */
    double trail(int job, long now) {
        if (Double.isNaN(fromX[job])) {
            return 0;
        }
        double f = (now - started[job]) / (double) TRAIL_NANOS;
        return f >= 1 ? 0 : 1 - f;
    }

    double originX(int job) {
        return fromX[job];
    }

    double originY(int job) {
        return fromY[job];
    }

    boolean moving(int job, long now) {
        return trail(job, now) > 0;
    }
}
