package org.servelab.experiment.plot;

import java.util.List;

/**
 * One plotted point: the mean over seeds, and the smallest and largest seed's value (the whisker).
 *
 * @param x    position on the x axis
 * @param mean mean over the seeds
 * @param min  smallest seed value
 * @param max  largest seed value
 * @param n    how many seeds
 */
public record SpreadPoint(double x, double mean, double min, double max, int n) {

    /** The spread of {@code values} at {@code x}, scaled by {@code factor} (a unit change). */
    public static SpreadPoint of(double x, List<Double> values, double factor) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new SpreadPoint(x, sum / values.size() * factor, min * factor, max * factor, values.size());
    }
}
