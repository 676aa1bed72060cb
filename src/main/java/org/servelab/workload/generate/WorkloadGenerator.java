package org.servelab.workload.generate;

import java.util.List;
import java.util.SplittableRandom;

import org.servelab.cost.CostModel;
import org.servelab.workload.Decimals;
import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeGrid;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.arrival.ArrivalProcess;
import org.servelab.workload.arrival.ArrivalProcesses;
import org.servelab.workload.arrival.ReplayArrivals;

/**
 * Builds a trace from a {@link WorkloadSpec}. The seed is split into one stream for the lengths and one
 * for the arrivals, so that a spec that differs only in rate, load or CV keeps the same jobs (common random
 * numbers: curves over load or CV are smooth, and the difference between two points is the setting, not
 * the dice). A target load sets the rate from the generated jobs' own mean service time.
 */
public final class WorkloadGenerator {

    private WorkloadGenerator() {
    }

    /**
     * Generates the workload. Jobs without explicit iteration times are priced by {@code model}.
     *
     * @throws org.servelab.workload.InputException for a spec the arrival process rejects
     */
    public static Workload generate(WorkloadSpec spec, CostModel model) {
        return generate(spec, model, null);
    }

    /**
     * As {@link #generate(WorkloadSpec, CostModel)}, with every time in {@code unit} ({@code null}: the unit of
     * the lengths' source). Iteration times a source gives are converted; arrivals are drawn in {@code unit}.
     */
    public static Workload generate(WorkloadSpec spec, CostModel model, TimeUnit unit) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        long lengthSeed = root.nextLong();
        long arrivalSeed = root.nextLong();
        List<Job> jobs = spec.lengths().jobs(spec.jobs(), new SplittableRandom(lengthSeed));
        TimeUnit from = spec.lengths().timeUnit();
        TimeUnit to = unit == null ? from : unit;
        if (to != from) {
            jobs = convert(jobs, from, to);
        }
        Trace atZero = new Trace(name(spec), to, jobs, false);
        TimedTrace priced = TimedTrace.resolve(atZero, null, model);
        double unitSeconds = atZero.timeUnit().seconds();
        double meanService = priced.totalServiceTime() / priced.size();
        ArrivalProcess process = process(spec, meanService * unitSeconds, arrivalSeed);
        double rate = rate(process, spec, meanService * unitSeconds);
        double[] times = process.times(spec.jobs(), atZero.timeUnit());
        checkArrivals(times, atZero.timeUnit(), spec.target());
        Trace timed = spec.order().apply(atZero.withArrivals(times));
        return new Workload(TimedTrace.resolve(timed, null, model), rate, rate * meanService * unitSeconds,
                meanService, describe(process, spec, rate));
    }

    /** The jobs with the times they give in {@code to}, on the time grid of that unit. */
    private static List<Job> convert(List<Job> jobs, TimeUnit from, TimeUnit to) {
        List<Job> out = new java.util.ArrayList<>(jobs.size());
        for (Job j : jobs) {
            out.add(new Job(j.id(), TimeGrid.snap(from.convert(j.arrival(), to)), j.promptTokens(), j.outputTokens(),
                    convert(j.prefillTime(), from, to), convert(j.decodeTime(), from, to), j.predicted()));
        }
        return out;
    }

    private static Double convert(Double time, TimeUnit from, TimeUnit to) {
        return time == null ? null : TimeGrid.snap(from.convert(time, to));
    }

    /** Refuses arrivals beyond the time grid's exact range, naming the option that made them so slow. */
    private static void checkArrivals(double[] times, TimeUnit unit, Target target) {
        for (int j = times.length - 1; j >= 0; j--) {
            if (!TimeGrid.inRange(times[j])) {
                String option = target.kind() == Target.Kind.RATE ? "--rate"
                        : target.kind() == Target.Kind.LOAD ? "--load" : "--time-scale";
                throw InputException.parameter(option, target + " is too slow: job " + (j + 1) + " would arrive at "
                        + times[j] + " " + unit.symbol() + ", beyond the " + (long) TimeGrid.MAX_TIME + " " + unit.symbol()
                        + " that simulated times reach exactly");
            }
        }
    }

    private static ArrivalProcess process(WorkloadSpec spec, double meanServiceSeconds, long seed) {
        Target target = spec.target();
        if (WorkloadSpec.REPLAY.equals(spec.arrivals())) {
            Trace source = spec.lengths().source();
            return target.kind() == Target.Kind.TIME_SCALE ? ReplayArrivals.of(source, target.value())
                    : ReplayArrivals.atRate(source, rateOf(target, meanServiceSeconds));
        }
        return ArrivalProcesses.parse(spec.arrivals(), rateOf(target, meanServiceSeconds), spec.cv(), seed);
    }

    private static double rateOf(Target target, double meanServiceSeconds) {
        return target.kind() == Target.Kind.LOAD ? target.value() / meanServiceSeconds : target.value();
    }

    private static double rate(ArrivalProcess process, WorkloadSpec spec, double meanServiceSeconds) {
        if (process instanceof ReplayArrivals) {
            return ((ReplayArrivals) process).jobsPerSecond();
        }
        return rateOf(spec.target(), meanServiceSeconds);
    }

    /** The process in words, with the spec's seed (the process's own seed is derived from it). */
    private static String describe(ArrivalProcess process, WorkloadSpec spec, double rate) {
        if (process instanceof ReplayArrivals) {
            return process.describe();
        }
        String cv = ArrivalProcesses.takesCv(spec.arrivals()) ? ", CV " + Decimals.plain(spec.cv()) : "";
        return spec.arrivals() + " " + String.format(java.util.Locale.ROOT, "%.4g", rate) + " jobs/s" + cv
                + " (seed " + spec.seed() + ")";
    }

    private static String name(WorkloadSpec spec) {
        String arrivals = ArrivalProcesses.takesCv(spec.arrivals())
                ? spec.arrivals() + " cv " + Decimals.plain(spec.cv()) : spec.arrivals();
        String order = spec.order() == RequestOrder.AS_IS ? "" : ", sent " + spec.order().cliName();
        return spec.lengths().describe() + ", " + arrivals + ", " + spec.target() + order + ", seed " + spec.seed();
    }
}
