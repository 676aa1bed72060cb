package org.servelab.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.workload.io.BatchCostModels;
import org.servelab.workload.io.CostModels;
import org.servelab.workload.InputException;
import org.servelab.workload.arrival.ArrivalProcesses;
import org.servelab.workload.generate.Target;
import org.servelab.workload.generate.WorkloadSpec;

/**
 * A sweep: every combination of the lists below is one run. The MLFQ knobs (queues, quantum rate,
 * quantum) multiply only the MLFQ-family policies; FCFS and SRPT run once per workload point.
 *
 * @param policies     policy names ({@link Policies#NAMES})
 * @param queues       {@code Queue_num} values
 * @param quantumRates {@code Quantum_rate} values
 * @param quanta       {@code Quantum} values in the trace's unit; {@code NaN} is the default (smallest
 *                     iteration time)
 * @param target       whether {@code xs} are loads or rates (jobs per second)
 * @param xs           the loads or rates
 * @param cvs          coefficients of variation of the arrival gaps (gamma arrivals); other processes
 *                     take a single value, ignored
 * @param seeds        how many seeds repeat each point: {@code seed, seed + 1, ...}
 * @param seed         the first seed
 * @param jobs         jobs per run
 * @param lengths      the length model ({@code --lengths}, see {@code LengthSpecs})
 * @param arrivals     the arrival process
 * @param costModel    the cost model pricing the jobs
 * @param accounting   MLFQ time accounting ({@code time} or {@code tokens})
 * @param overloadJobs at most this many jobs in a run whose load is 1 or more, so that it finishes (batch-size-1
 *                     sweeps only)
 * @param serving      the batching axes and the sending order ({@link ServingAxes#OFF}: batch size 1, as drawn)
 */
public record SweepSpec(List<String> policies, List<Integer> queues, List<Double> quantumRates, List<Double> quanta,
                        Target.Kind target, List<Double> xs, List<Double> cvs, int seeds, long seed, int jobs,
                        String lengths, String arrivals, String costModel, String accounting, int overloadJobs,
                        ServingAxes serving) {

    /** A batch-size-1 spec with requests sent as drawn. */
    public SweepSpec(List<String> policies, List<Integer> queues, List<Double> quantumRates, List<Double> quanta,
                     Target.Kind target, List<Double> xs, List<Double> cvs, int seeds, long seed, int jobs,
                     String lengths, String arrivals, String costModel, String accounting, int overloadJobs) {
        this(policies, queues, quantumRates, quanta, target, xs, cvs, seeds, seed, jobs, lengths, arrivals, costModel,
                accounting, overloadJobs, ServingAxes.OFF);
    }

    /** Most runs one sweep may have. */
    public static final int MAX_RUNS = 10_000_000;

    public SweepSpec {
        policies = List.copyOf(policies);
        queues = List.copyOf(queues);
        quantumRates = List.copyOf(quantumRates);
        quanta = List.copyOf(quanta);
        xs = List.copyOf(xs);
        cvs = List.copyOf(cvs);
        serving = serving == null ? ServingAxes.OFF : serving;
    }

    /**
     * Whether the runs use the batching engine: a batching axis was given, a cost model prices whole batches, or
     * a policy exists only with batches ({@code static}, {@code sjf}).
     */
    public boolean batching() {
        if (serving.on()) {
            return true;
        }
        for (String p : policies) {
            if (BatchPolicies.batchingOnly(p)) {
                return true;
            }
        }
        for (String m : costModels()) {
            if (BatchCostModels.isBatchSpec(m)) {
                return true;
            }
        }
        return false;
    }

    /** The cost models, one workload axis ({@link CostModelList}). */
    public List<String> costModels() {
        return CostModelList.split(costModel);
    }

    /**
     * Checks every value and returns this spec; each error names the flag and the value.
     *
     * @throws InputException for the first problem found
     */
    public SweepSpec validate() {
        nonEmpty(policies, "--policy");
        Set<String> seen = new HashSet<>();
        List<String> known = batching() ? BatchPolicies.NAMES : Policies.NAMES;
        for (String p : policies) {
            String n = p.trim().toLowerCase(Locale.ROOT);
            if (!known.contains(n)) {
                throw InputException.parameter("--policy", "unknown policy \"" + p + "\"; choose from "
                        + String.join(", ", known) + (batching() ? "" : " (static and sjf with batches)"));
            }
            if (!seen.add(n)) {
                throw InputException.parameter("--policy", "\"" + p + "\" is listed twice");
            }
        }
        nonEmpty(queues, "--queues");
        for (int q : queues) {
            if (q < 1 || q > MlfqParameters.MAX_QUEUES) {
                throw InputException.parameter("--queues", "must be between 1 and " + MlfqParameters.MAX_QUEUES
                        + ", got " + q);
            }
        }
        nonEmpty(quantumRates, "--quantum-rate");
        for (double r : quantumRates) {
            if (!(r >= 1) || Double.isInfinite(r)) {
                throw InputException.parameter("--quantum-rate", "must be a number >= 1, got " + NumberText.of(r));
            }
        }
        nonEmpty(quanta, "--quantum");
        for (double q : quanta) {
            if (!Double.isNaN(q) && !(q > 0 && q < Double.POSITIVE_INFINITY)) {
                throw InputException.parameter("--quantum", "must be a positive time or auto, got " + NumberText.of(q));
            }
        }
        checkTargets();
        checkCvs();
        if (seeds < 1) {
            throw InputException.parameter("--seeds", "must be at least 1, got " + seeds);
        }
        if (jobs < 1) {
            throw InputException.parameter("--jobs", "must be at least 1, got " + jobs);
        }
        if (overloadJobs < 1) {
            throw InputException.parameter("--overload-jobs", "must be at least 1, got " + overloadJobs);
        }
        Accounting acc;
        try {
            acc = Accounting.parse(accounting);
        } catch (IllegalArgumentException e) {
            throw InputException.parameter("--accounting", e.getMessage());
        }
        if (batching() && acc == Accounting.TOKENS) {
            throw InputException.parameter("--accounting", "tokens accounting is for batch size 1; with batches "
                    + "MLFQ charges time (docs/batching.md)");
        }
        checkCostModels();
        nonEmpty(serving.orders(), "--order");
        if (WorkloadSpec.REPLAY.equals(arrivalsKind())) {
            throw InputException.parameter("--arrivals", "a sweep varies the rate; use gamma, poisson, fixed or "
                    + "uniform (replay a trace's times with 'gen')");
        }
        if (!ArrivalProcesses.kinds().contains(arrivalsKind())) {
            throw InputException.parameter("--arrivals", "unknown arrival process \"" + arrivals
                    + "\"; choose one of " + String.join(", ", ArrivalProcesses.kinds()));
        }
        if (lengths == null || lengths.isBlank()) {
            throw InputException.parameter("--lengths", "name a length model");
        }
        if (runs() > MAX_RUNS) {
            throw InputException.parameter(largestFactor(), "the grid has " + runs() + " runs ("
                    + runsPerWorkload() + " policy configurations x " + xs.size() + " " + (target == Target.Kind.RATE
                    ? "rates" : "loads") + " x " + cvs.size() + " CVs x " + seeds + " seeds); at most " + MAX_RUNS);
        }
        return this;
    }

    private void checkCostModels() {
        Set<String> seen = new HashSet<>();
        for (String m : costModels()) {
            if (!seen.add(m.toLowerCase(Locale.ROOT))) {
                throw InputException.parameter("--cost-model", "\"" + m + "\" is listed twice");
            }
            if (BatchCostModels.isBatchSpec(m)) {
                BatchCostModels.parse(m, "ms");
            } else {
                CostModels.resolve(m);
            }
        }
    }

    private void checkTargets() {
        String option = target == Target.Kind.RATE ? "--rate" : "--load";
        if (target != Target.Kind.RATE && target != Target.Kind.LOAD) {
            throw InputException.parameter("--load", "sweep over --load or --rate");
        }
        nonEmpty(xs, option);
        for (double x : xs) {
            if (!(x > 0) || Double.isInfinite(x)) {
                throw InputException.parameter(option, "must be a positive number, got " + NumberText.of(x));
            }
        }
    }

    private void checkCvs() {
        nonEmpty(cvs, "--cv");
        for (double cv : cvs) {
            if (!(cv >= 0) || Double.isInfinite(cv)) {
                throw InputException.parameter("--cv", "the coefficient of variation must be a number >= 0, got "
                        + NumberText.of(cv));
            }
        }
        if (!ArrivalProcesses.takesCv(arrivalsKind()) && cvs.size() > 1) {
            throw InputException.parameter("--cv", "only gamma arrivals take a CV; --arrivals " + arrivals
                    + " has its own, so give at most one value");
        }
    }

    private static void nonEmpty(List<?> list, String option) {
        if (list.isEmpty()) {
            throw InputException.parameter(option, "the list is empty: the grid would have no runs");
        }
    }

    /** The arrival kind in lower case. */
    public String arrivalsKind() {
        return arrivals == null ? "" : arrivals.trim().toLowerCase(Locale.ROOT);
    }

    /** The option that contributes most to the grid's size, to be named when the grid is too big. */
    private String largestFactor() {
        java.util.Map<String, Long> factors = new java.util.LinkedHashMap<>();
        factors.put("--seeds", (long) seeds);
        factors.put(target == Target.Kind.RATE ? "--rate" : "--load", (long) xs.size());
        factors.put("--cv", (long) cvs.size());
        factors.put("--policy", (long) policies.size());
        factors.put("--queues", (long) queues.size());
        factors.put("--quantum-rate", (long) quantumRates.size());
        factors.put("--quantum", (long) quanta.size());
        return java.util.Collections.max(factors.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
    }

    /** MLFQ configurations per workload point: queues x quantum rates x quanta. */
    public long mlfqConfigurations() {
        return (long) queues.size() * quantumRates.size() * quanta.size();
    }

    /**
     * Runs per workload point: one per single-queue policy, one per configuration of each MLFQ policy; with
     * batches, times the policy's batching configurations.
     */
    public long runsPerWorkload() {
        long n = 0;
        for (String p : policies) {
            String name = p.trim().toLowerCase(Locale.ROOT);
            long serve = batching() ? serving.configCount(name) : 1;
            n += (SweepPoint.isMlfq(p) ? mlfqConfigurations() : 1) * serve;
        }
        return n;
    }

    /** Workload points: cost models x orders x targets x CVs x seeds. */
    public long workloads() {
        return (long) costModels().size() * serving.orders().size() * xs.size() * cvs.size() * seeds;
    }

    /** Total runs in the grid. */
    public long runs() {
        return runsPerWorkload() * workloads();
    }
}
