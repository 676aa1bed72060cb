package org.servelab.workload.arrival;

/** Mean rate and coefficient of variation of the gaps between arrival times (in seconds). */
record GapStatistics(double jobsPerSecond, double cv) {

    static GapStatistics of(double[] times, double unitSeconds) {
        int n = times.length - 1;
        double mean = (times[n] - times[0]) / n;
        double var = 0;
        for (int k = 1; k <= n; k++) {
            double d = times[k] - times[k - 1] - mean;
            var += d * d;
        }
        return new GapStatistics(1 / (mean * unitSeconds), Math.sqrt(var / (n - 1)) / mean);
    }
}
