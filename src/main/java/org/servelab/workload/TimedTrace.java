package org.servelab.workload;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.servelab.cost.CostModel;

/**
 * A trace with every job's iteration times resolved, laid out as arrays for the engine. Index {@code j}
 * is the job's position in trace order.
 */
public final class TimedTrace {

    private final Trace trace;
    private final String costModelName;
    private final double[] arrival;
    private final double[] prefill;
    private final double[] decode;
    private final int[] arrivalOrder;

    private TimedTrace(Trace trace, String costModelName, double[] prefill, double[] decode) {
        this.trace = trace;
        this.costModelName = costModelName;
        int n = trace.size();
        this.arrival = new double[n];
        for (int j = 0; j < n; j++) {
            arrival[j] = TimeGrid.snap(trace.arrival(j));
        }
        for (int j = 0; j < n; j++) {
            prefill[j] = onGrid(prefill[j], trace, j, "prefillTime");
            decode[j] = onGrid(decode[j], trace, j, "decodeTime");
        }
        this.prefill = prefill;
        this.decode = decode;
        this.arrivalOrder = sortByArrival(arrival);
    }

    /**
     * Refuses a trace whose run would pass {@link TimeGrid#MAX_TIME} with one job at a time: every
     * work-conserving schedule of batch size 1 ends when serving the jobs in arrival order does, so no
     * simulated time of any batch-size-1 policy exceeds that end. Batches serve many jobs at once and end
     * far sooner; the batching engine checks its clock as it goes instead.
     */
    private void checkMakespan() {
        double end = 0;
        for (int j : arrivalOrder) {
            end = Math.max(end, arrival[j]) + serviceTime(j);
            if (!TimeGrid.inRange(end)) {
                throw new InputException(trace.name(), 0, null, "job " + trace.id(j) + ": serving the jobs up to this one "
                        + "takes the run to " + end + " " + trace.timeUnit().symbol() + ", past the 2^31 = "
                        + (long) TimeGrid.MAX_TIME + " " + trace.timeUnit().symbol()
                        + " that times are simulated exactly (a coarser timeUnit, or fewer or shorter jobs, fit)");
            }
        }
    }

    private static double onGrid(double v, Trace trace, int j, String field) {
        double s = TimeGrid.snap(v);
        if (s <= 0) {
            throw new InputException(trace.name(), 0, "jobs[" + j + "]." + field, "job " + trace.id(j) + ": "
                    + field + " " + v + " is below the time resolution (" + 1 / TimeGrid.STEPS_PER_UNIT + " "
                    + trace.timeUnit().symbol() + ")");
        }
        return s;
    }

    private static int[] sortByArrival(double[] arrival) {
        for (int j = 1; j < arrival.length; j++) {
            if (arrival[j] < arrival[j - 1]) {
                // stable sort: ties keep trace order
                return IntStream.range(0, arrival.length).boxed()
                        .sorted(Comparator.comparingDouble(k -> arrival[k]))
                        .mapToInt(Integer::intValue).toArray();
            }
        }
        return IntStream.range(0, arrival.length).toArray();
    }

    /**
     * Resolves iteration times. With {@code model == null} each job must carry its own times, except
     * that {@code fallback} (if not null) prices the jobs that carry none. With a model, the model prices
     * every job and explicit times are ignored. A model's durations are in its own {@link CostModel#timeUnit()}
     * and are converted to the trace's unit (a profile in ms pricing a trace in s gives a thousandth).
     */
    public static TimedTrace resolve(Trace trace, CostModel model, CostModel fallback) {
        return resolve(trace, model, fallback, true);
    }

    /**
     * As {@link #resolve(Trace, CostModel, CostModel)}; {@code oneAtATime} refuses a trace whose serial run
     * would pass the time grid's exact range (pass {@code false} for the batching engine).
     */
    public static TimedTrace resolve(Trace trace, CostModel model, CostModel fallback, boolean oneAtATime) {
        TimedTrace t = resolveTimes(trace, model, fallback);
        if (oneAtATime) {
            t.checkMakespan();
        }
        return t;
    }

    private static TimedTrace resolveTimes(Trace trace, CostModel model, CostModel fallback) {
        int n = trace.size();
        double[] p = new double[n];
        double[] d = new double[n];
        String name;
        if (model != null) {
            name = model.name();
            for (int j = 0; j < n; j++) {
                p[j] = prefill(model, trace, j);
                d[j] = decode(model, trace, j);
            }
        } else {
            boolean usedFallback = false;
            boolean usedExplicit = false;
            for (int j = 0; j < n; j++) {
                Double givenPrefill = trace.prefillTime(j);
                Double givenDecode = trace.decodeTime(j);
                usedExplicit |= givenPrefill != null || givenDecode != null;
                if (givenPrefill != null && givenDecode != null) {
                    p[j] = givenPrefill;
                    d[j] = givenDecode;
                } else if (fallback != null) {
                    usedFallback = true;
                    p[j] = givenPrefill != null ? givenPrefill : prefill(fallback, trace, j);
                    d[j] = givenDecode != null ? givenDecode : decode(fallback, trace, j);
                } else {
                    String field = givenPrefill == null ? "prefillTime" : "decodeTime";
                    throw new InputException(trace.name(), 0, "jobs[" + j + "]." + field,
                            "job " + trace.id(j) + " has no " + field + " and no cost model was named");
                }
            }
            name = !usedFallback ? "explicit" : usedExplicit ? "explicit+" + fallback.name() : fallback.name();
        }
        return new TimedTrace(trace, name, p, d);
    }

    /** The model's prefill time for the job, in the trace's unit. */
    private static double prefill(CostModel model, Trace trace, int j) {
        double v = unitOf(model).convert(model.prefillTime(trace.promptTokens(j)), trace.timeUnit());
        return positive(v, trace, j, "prefillTime", model);
    }

    /** The model's decode time for the job, in the trace's unit. */
    private static double decode(CostModel model, Trace trace, int j) {
        double v = unitOf(model).convert(model.decodeTime(trace.promptTokens(j)), trace.timeUnit());
        return positive(v, trace, j, "decodeTime", model);
    }

    /** The unit of the model's durations. */
    private static TimeUnit unitOf(CostModel model) {
        TimeUnit from = TimeUnit.fromSymbol(model.timeUnit());
        if (from == null) {
            throw new InputException(model.name(), 0, "timeUnit", "unknown time unit '" + model.timeUnit()
                    + "' (use us, ms or s)");
        }
        return from;
    }

    /** Resolves with explicit times only; fails on a job without them. */
    public static TimedTrace explicit(Trace trace) {
        return resolve(trace, null, null);
    }

    private static double positive(double v, Trace trace, int j, String field, CostModel model) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InputException(trace.name(), 0, field,
                    "cost model " + model.name() + " gives job " + trace.id(j) + " a non-positive " + field + " (" + v + ")");
        }
        return v;
    }

    public Trace trace() {
        return trace;
    }

    public String name() {
        return trace.name();
    }

    public TimeUnit timeUnit() {
        return trace.timeUnit();
    }

    public String costModelName() {
        return costModelName;
    }

    public int size() {
        return arrival.length;
    }

    public String id(int j) {
        return trace.id(j);
    }

    public double arrival(int j) {
        return arrival[j];
    }

    public int promptTokens(int j) {
        return trace.promptTokens(j);
    }

    public int outputTokens(int j) {
        return trace.outputTokens(j);
    }

    public double prefillTime(int j) {
        return prefill[j];
    }

    public double decodeTime(int j) {
        return decode[j];
    }

    /** Total time the job needs on an idle server: {@code p + (n - 1) d}. */
    public double serviceTime(int j) {
        return TimeGrid.snap(prefill[j] + (trace.outputTokens(j) - 1) * decode[j]);
    }

    /** Job indices sorted by arrival, ties in trace order. */
    public int[] arrivalOrder() {
        return arrivalOrder.clone();
    }

    /** The job admitted k-th. */
    public int byArrival(int k) {
        return arrivalOrder[k];
    }

    /** The smallest iteration time in the trace: the default MLFQ quantum. */
    public double smallestIterationTime() {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < arrival.length; j++) {
            min = Math.min(min, prefill[j]);
            if (trace.outputTokens(j) > 1) {
                min = Math.min(min, decode[j]);
            }
        }
        return min;
    }

    public double totalServiceTime() {
        double s = 0;
        for (int j = 0; j < arrival.length; j++) {
            s += serviceTime(j);
        }
        return s;
    }

    public long totalTokens() {
        long s = 0;
        for (int j = 0; j < arrival.length; j++) {
            s += trace.outputTokens(j);
        }
        return s;
    }

    public List<String> ids() {
        String[] ids = new String[arrival.length];
        for (int j = 0; j < ids.length; j++) {
            ids[j] = trace.id(j);
        }
        return Arrays.asList(ids);
    }
}
