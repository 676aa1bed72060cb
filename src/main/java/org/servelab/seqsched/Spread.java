package org.servelab.seqsched;

/**
 * Mean, standard deviation (n - 1), smallest and largest of some values.
 */
public record Spread(double mean, double sd, double min, double max, int n) {

    public static Spread of(double[] values) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / values.length;
        double sq = 0;
        for (double v : values) {
            sq += (v - mean) * (v - mean);
        }
        double sd = values.length > 1 ? Math.sqrt(sq / (values.length - 1)) : 0;
        return new Spread(mean, sd, min, max, values.length);
    }
}
