package org.servelab.experiment;

import org.servelab.metrics.Summary;
import org.servelab.workload.generate.Target;

/**
 * The outcome of one run of a sweep: one row of the tidy CSV ({@code docs/experiments.md} lists the
 * columns).
 *
 * @param index       the run's grid index
 * @param config      the policy and its knobs as asked (quantum {@code NaN} = the default)
 * @param quantumUsed the quantum of Q1 the run used, in the trace's unit ({@code NaN} for FCFS and SRPT)
 * @param accounting  MLFQ accounting ({@code time} or {@code tokens}; empty for FCFS and SRPT)
 * @param lengths     the length model
 * @param arrivals    the arrival process kind
 * @param cv          the coefficient of variation of the arrival gaps
 * @param target      whether the sweep set loads or rates
 * @param load        offered load, rate x mean service time (as asked when the sweep set loads)
 * @param rate        arrival rate in jobs per second (as asked when the sweep set rates)
 * @param seed        the trace's seed
 * @param overloaded  whether the load is 1 or more (the run's jobs are capped)
 * @param timeUnit    the unit of every time in the row
 * @param summary     the run's metrics
 * @param decisions   scheduling decisions taken
 * @param costModel   the cost model that priced the run
 * @param order       the order requests were sent in ({@code as-is}, {@code asc}, {@code desc})
 * @param serving     the batching settings, or null for a batch-size-1 run
 * @param metrics     total time, lost requests, ITL and the other serving numbers
 */
public record SweepRow(int index, PolicyConfig config, double quantumUsed, String accounting, String lengths,
                       String arrivals, double cv, Target.Kind target, double load, double rate, long seed,
                       boolean overloaded, String timeUnit, Summary summary, long decisions, String costModel,
                       String order, ServingConfig serving, ServingMetrics metrics) {

    /** A batch-size-1 row with requests sent as drawn (its total time is the makespan). */
    public SweepRow(int index, PolicyConfig config, double quantumUsed, String accounting, String lengths,
                    String arrivals, double cv, Target.Kind target, double load, double rate, long seed,
                    boolean overloaded, String timeUnit, Summary summary, long decisions) {
        this(index, config, quantumUsed, accounting, lengths, arrivals, cv, target, load, rate, seed, overloaded,
                timeUnit, summary, decisions, "", "as-is", null, ServingMetrics.unknown(summary.makespan()));
    }

    /** The swept value: the load or the rate. */
    public double x() {
        return target == Target.Kind.RATE ? rate : load;
    }

    /** The workload point of the row. */
    public WorkloadKey workload() {
        return new WorkloadKey(x(), cv, seed, costModel, order);
    }
}
