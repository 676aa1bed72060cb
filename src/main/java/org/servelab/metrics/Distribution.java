package org.servelab.metrics;

/** Mean and nearest-rank percentiles of one per-job quantity; NaN everywhere when no job has it. */
public record Distribution(int count, double mean, double p50, double p90, double p99, double max) {

    public static Distribution of(double[] values, int count) {
        if (count == 0) {
            return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] s = java.util.Arrays.copyOf(values, count);
        java.util.Arrays.sort(s);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return new Distribution(count, sum / count, Percentiles.nearestRank(s, 50), Percentiles.nearestRank(s, 90),
                Percentiles.nearestRank(s, 99), s[count - 1]);
    }
}
