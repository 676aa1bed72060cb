package org.servelab.ui.gantt;

/** Nice tick steps (1, 2, 5 times a power of ten) for a time axis. */
public final class TimeTicks {

    private TimeTicks() {
    }

    /** The smallest nice step that keeps ticks at least {@code minPixels} apart at {@code pixelsPerUnit}. */
    public static double step(double pixelsPerUnit, double minPixels) {
        double raw = minPixels / pixelsPerUnit;
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * pow >= raw * (1 - 1e-9)) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** The first multiple of {@code step} at or after {@code t}. */
    public static double first(double t, double step) {
        return Math.ceil(t / step - 1e-9) * step;
    }
}
