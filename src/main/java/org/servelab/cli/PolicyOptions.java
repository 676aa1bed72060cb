package org.servelab.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import org.servelab.cost.BatchCostModel;
import org.servelab.engine.BatchSetup;
import org.servelab.policy.Accounting;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.Speculation;
import org.servelab.policy.batch.PredictedLengths;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.InputException;
import org.servelab.workload.TimeGrid;

/** Options that pick policies and their MLFQ parameters. */
public final class PolicyOptions {

    @Option(names = "--policy", split = ",", paramLabel = "NAME", defaultValue = "skip-join-mlfq",
            description = "One or more of fcfs, mlfq, skip-join-mlfq, srpt, and with batches static and sjf "
                    + "(comma separated). Default: ${DEFAULT-VALUE}.")
    List<String> policies;

    @Option(names = "--queues", paramLabel = "N", defaultValue = "4", description = "Queue_num (default: ${DEFAULT-VALUE}).")
    int queues;

    @Option(names = "--quantum", paramLabel = "Q",
            description = "Quantum of Q1 in the trace's time unit (default: the smallest iteration time in the trace).")
    Double quantum;

    @Option(names = "--quantum-rate", paramLabel = "R", defaultValue = "2",
            description = "Quantum_rate: each level's quantum is the previous one's times R (default: ${DEFAULT-VALUE}).")
    double quantumRate;

    @Option(names = "--accounting", paramLabel = "time|tokens", defaultValue = "time",
            description = "time: charge iteration time against the quantum (the paper); tokens: a dispatch from Qx "
                    + "runs Quantum_rate^(x-1) iterations (default: ${DEFAULT-VALUE}).")
    String accounting;

    @Option(names = "--starve-limit", paramLabel = "S",
            description = "Move a job waiting this long in Q2..Qk to Q1 (default: never).")
    Double starveLimit;

    public MlfqParameters parameters() {
        if (queues < 1 || queues > MlfqParameters.MAX_QUEUES) {
            throw InputException.parameter("--queues", "must be between 1 and " + MlfqParameters.MAX_QUEUES + ", got " + queues);
        }
        if (quantum != null && !(quantum > 0 && !quantum.isInfinite())) {
            throw InputException.parameter("--quantum", "must be a positive number, got " + quantum);
        }
        if (!(quantumRate >= 1) || Double.isInfinite(quantumRate)) {
            throw InputException.parameter("--quantum-rate", "must be a number >= 1, got " + quantumRate);
        }
        if (starveLimit != null && !(starveLimit > 0)) {
            throw InputException.parameter("--starve-limit", "must be a positive time, got " + starveLimit);
        }
        checkResolution("--quantum", quantum);
        checkResolution("--starve-limit", starveLimit);
        Accounting acc;
        try {
            acc = Accounting.parse(accounting);
        } catch (IllegalArgumentException e) {
            throw InputException.parameter("--accounting", e.getMessage());
        }
        return new MlfqParameters(queues, quantum == null ? Double.NaN : quantum, quantumRate, acc,
                starveLimit == null ? Double.POSITIVE_INFINITY : starveLimit);
    }

    /** Whether a named policy exists only with batches (static, sjf), which turns batching on. */
    public boolean namesBatchingOnly() {
        return policies.stream().anyMatch(BatchPolicies::batchingOnly);
    }

    /**
     * New batching runs, in the order named, each with the options and the cost model, with speculative decoding when {@code speculation} is not {@code null}; {@code sjf}
     * and {@code srpt} rank by {@code predicted} when it is not {@code null} (the other policies do not rank
     * by length).
     */
    public List<PolicyRun> batchRuns(BatchOptions options, BatchCostModel cost, Speculation speculation,
                                     PredictedLengths predicted) {
        MlfqParameters params = parameters();
        if (params.accounting() == Accounting.TOKENS) {
            throw InputException.parameter("--accounting", "tokens accounting is for batch size 1; with batches "
                    + "MLFQ charges time (docs/batching.md)");
        }
        List<PolicyRun> out = new ArrayList<>();
        for (String name : policies) {
            try {
                out.add(PolicyRun.of(new BatchSetup(BatchPolicies.create(name, params, options.mode()), options, cost,
                        speculation, ranksByLength(name) ? predicted : null)));
            } catch (IllegalArgumentException e) {
                throw InputException.parameter("--policy", e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw InputException.parameter("--policy", "name at least one policy");
        }
        return out;
    }

    /** A time that rounds to 0 on the time grid cannot be a quantum or a limit. */
    private static void checkResolution(String option, Double t) {
        if (t != null && TimeGrid.snap(t) == 0) {
            throw InputException.parameter(option, "must be at least " + 1 / TimeGrid.STEPS_PER_UNIT
                    + " (the time resolution: a millionth of the trace's unit), got " + t);
        }
    }

    /** Whether the policy ranks jobs by their output length (so a predictor can stand in for the truth). */
    static boolean ranksByLength(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        return n.equals("sjf") || n.equals("srpt");
    }

    /** Whether any named policy ranks by output length. */
    public boolean namesLengthRanking() {
        return policies.stream().anyMatch(PolicyOptions::ranksByLength);
    }

    /** New policy instances, in the order named. */
    public List<SchedulingPolicy> create() {
        MlfqParameters params = parameters();
        List<SchedulingPolicy> out = new ArrayList<>();
        for (String name : policies) {
            try {
                out.add(Policies.create(name, params));
            } catch (IllegalArgumentException e) {
                throw InputException.parameter("--policy", e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw InputException.parameter("--policy", "name at least one policy");
        }
        return out;
    }
}
