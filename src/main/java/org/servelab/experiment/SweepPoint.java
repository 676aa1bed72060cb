package org.servelab.experiment;

import java.util.Locale;

/**
 * One run of a sweep: a policy configuration on one workload point.
 *
 * @param index    position in the grid's fixed order, from 0
 * @param config   the policy and its MLFQ knobs
 * @param workload the workload point (load or rate, CV, seed, cost model, order)
 * @param serving  the batching settings, or null for a batch-size-1 run
 */
public record SweepPoint(int index, PolicyConfig config, WorkloadKey workload, ServingConfig serving) {

    /** A batch-size-1 run. */
    public SweepPoint(int index, PolicyConfig config, WorkloadKey workload) {
        this(index, config, workload, null);
    }

    /** Whether the policy has MLFQ knobs ({@code mlfq}, {@code skip-join-mlfq}). */
    public static boolean isMlfq(String policy) {
        String p = policy.trim().toLowerCase(Locale.ROOT);
        return p.equals("mlfq") || p.equals("skip-join-mlfq");
    }
}
