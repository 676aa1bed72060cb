package org.servelab.ui.export;

/**
 * An axis range with round tick marks (1, 2 or 5 times a power of ten) holding {@code [min, max]}, with
 * about {@code ticks} intervals.
 *
 * @param lower the axis's lower end
 * @param upper the axis's upper end
 * @param tick  the distance between tick marks
 */
public record NiceScale(double lower, double upper, double tick) {

    public static NiceScale of(double min, double max, int ticks) {
        if (!(max > min)) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double tick = nice((max - min) / ticks);
        return new NiceScale(Math.floor(min / tick + 1e-9) * tick, Math.ceil(max / tick - 1e-9) * tick, tick);
    }

    private static double nice(double raw) {
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / exp;
        double n = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return n * exp;
    }
}
