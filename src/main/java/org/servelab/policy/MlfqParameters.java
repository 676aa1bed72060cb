package org.servelab.policy;

import org.servelab.workload.TimeGrid;

/**
 * The knobs of the MLFQ family.
 *
 * @param queues       {@code Queue_num}: number of levels, at least 1
 * @param quantum      {@code Quantum}: quantum of Q1, or {@code NaN} for the paper's default (the
 *                     smallest iteration time in the trace)
 * @param quantumRate  {@code Quantum_rate}: each level's quantum is the previous one's times this, at least 1
 * @param accounting   time (default) or tokens
 * @param starveLimit  waiting time after which a job in Q2..Qk moves to Q1, or {@code +inf} for never
 */
public record MlfqParameters(int queues, double quantum, double quantumRate, Accounting accounting,
                             double starveLimit) {

    public static final int MAX_QUEUES = 64;

    public MlfqParameters {
        if (queues < 1 || queues > MAX_QUEUES) {
            throw new IllegalArgumentException("queues must be between 1 and " + MAX_QUEUES + ", got " + queues);
        }
        if (!Double.isNaN(quantum) && !(quantum > 0 && quantum < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("quantum must be a positive number, got " + quantum);
        }
        if (!(quantumRate >= 1 && quantumRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("quantum rate must be a number >= 1, got " + quantumRate);
        }
        if (accounting == null) {
            accounting = Accounting.TIME;
        }
        if (!(starveLimit > 0)) {
            throw new IllegalArgumentException("starvation limit must be positive, got " + starveLimit);
        }
        quantum = TimeGrid.snap(quantum);
        starveLimit = TimeGrid.snap(starveLimit);
        if (quantum == 0 || starveLimit == 0) {
            throw new IllegalArgumentException("quantum and starvation limit must be at least " + 1 / TimeGrid.STEPS_PER_UNIT);
        }
    }

    /** The paper's Figure 6 settings: 4 queues, quantum from the trace, rate 2, time accounting, no promotion. */
    public static MlfqParameters defaults() {
        return new MlfqParameters(4, Double.NaN, 2, Accounting.TIME, Double.POSITIVE_INFINITY);
    }

    public MlfqParameters withQueues(int n) {
        return new MlfqParameters(n, quantum, quantumRate, accounting, starveLimit);
    }

    public MlfqParameters withQuantum(double q) {
        return new MlfqParameters(queues, q, quantumRate, accounting, starveLimit);
    }

    public MlfqParameters withQuantumRate(double r) {
        return new MlfqParameters(queues, quantum, r, accounting, starveLimit);
    }

    public MlfqParameters withAccounting(Accounting a) {
        return new MlfqParameters(queues, quantum, quantumRate, a, starveLimit);
    }

    public MlfqParameters withStarveLimit(double s) {
        return new MlfqParameters(queues, quantum, quantumRate, accounting, s);
    }

    /**
     * The quantum of Q1: the parameter, or the smallest iteration time of the run's jobs (the paper's rule):
     * each job's prefill, and its decode when it has more than one token.
     */
    public double baseQuantum(int jobs, java.util.function.IntToDoubleFunction prefill,
                              java.util.function.IntToDoubleFunction decode, java.util.function.IntPredicate decodes) {
        if (!Double.isNaN(quantum)) {
            return quantum;
        }
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < jobs; j++) {
            min = Math.min(min, prefill.applyAsDouble(j));
            if (decodes.test(j)) {
                min = Math.min(min, decode.applyAsDouble(j));
            }
        }
        return min;
    }

    /** The quanta of Q1..Qk for a Q1 quantum of {@code base}: {@code base * rate^(x-1)}, on the time grid. */
    public double[] quanta(double base) {
        double[] q = new double[queues];
        for (int x = 0; x < q.length; x++) {
            q[x] = org.servelab.workload.TimeGrid.snap(base * Math.pow(quantumRate, x));
        }
        return q;
    }

    /** The skip-join rule: the first level whose quantum is at least the prefill time, else the last. */
    public static int skipJoinLevel(double[] quanta, double prefill) {
        for (int x = 0; x < quanta.length; x++) {
            if (quanta[x] >= prefill) {
                return x;
            }
        }
        return quanta.length - 1;
    }

    public boolean promotes() {
        return starveLimit < Double.POSITIVE_INFINITY;
    }
}
