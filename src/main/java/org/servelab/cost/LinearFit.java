package org.servelab.cost;

/**
 * An ordinary least-squares straight line {@code y = intercept + slope * x}.
 *
 * @param intercept value at x = 0
 * @param slope     change of y per unit of x
 */
public record LinearFit(double intercept, double slope) {

    /** Fits a line through the points; needs at least two distinct x values. */
    public static LinearFit of(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("x and y have different lengths: " + xs.length + " and " + ys.length);
        }
        int n = xs.length;
        if (n < 2) {
            throw new IllegalArgumentException("a straight-line fit needs at least 2 points, got " + n);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += xs[i];
            my += ys[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("a straight-line fit needs at least 2 distinct input lengths");
        }
        double slope = sxy / sxx;
        return new LinearFit(my - slope * mx, slope);
    }

    public double at(double x) {
        return intercept + slope * x;
    }
}
