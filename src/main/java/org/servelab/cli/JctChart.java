package org.servelab.cli;

import java.util.Arrays;
import java.util.List;

/**
 * What {@code export jct} draws: the same jobs run under one or more policies, each job's JCT and the mean.
 *
 * @param title    the picture's title
 * @param timeUnit the unit of every JCT
 * @param jobs     job ids in trace order, the bars' labels
 * @param runs     one panel each, in order
 */
public record JctChart(String title, String timeUnit, List<String> jobs, List<Run> runs) {

    public JctChart {
        jobs = List.copyOf(jobs);
        runs = List.copyOf(runs);
        for (Run r : runs) {
            if (r.jcts.length != jobs.size()) {
                throw new IllegalArgumentException(r.label + ": " + r.jcts.length + " JCTs for " + jobs.size() + " jobs");
            }
        }
    }

    /**
     * One policy's run.
     *
     * @param label the panel's name (the policy with its parameters)
     * @param jcts  each job's JCT, in the order of {@link JctChart#jobs()}; {@code NaN} for a job not served
     * @param mean  the mean JCT over the served jobs
     */
    public record Run(String label, double[] jcts, double mean) {

        public Run {
            jcts = jcts.clone();
        }

        @Override
        public double[] jcts() {
            return jcts.clone();
        }

        /** The JCT of job {@code i}. */
        public double jct(int i) {
            return jcts[i];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Run r && label.equals(r.label) && Arrays.equals(jcts, r.jcts)
                    && Double.compare(mean, r.mean) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * label.hashCode() + Arrays.hashCode(jcts)) + Double.hashCode(mean);
        }

        @Override
        public String toString() {
            return "Run[" + label + ", " + jcts.length + " jobs, mean " + mean + "]";
        }
    }

    /** The largest JCT over every run (0 when there is none). */
    public double maxJct() {
        double max = 0;
        for (Run r : runs) {
            for (double v : r.jcts) {
                if (v > max) {
                    max = v;
                }
            }
        }
        return max;
    }
}
