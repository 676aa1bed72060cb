package org.servelab.policy.batch;

import java.util.List;
import java.util.Locale;

import org.servelab.policy.MlfqParameters;

/** Creates batching policies by their command-line names. */
public final class BatchPolicies {

    public static final List<String> NAMES = List.of("fcfs", "static", "skip-join-mlfq", "mlfq", "sjf", "srpt");

    private BatchPolicies() {
    }

    /**
     * Returns a new policy; {@code mode} applies to fcfs, the MLFQ parameters to the MLFQ policies.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static BatchPolicy create(String name, MlfqParameters params, BatchingMode mode) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "fcfs":
                return ContinuousBatching.fcfs(mode);
            case "sjf":
                return ContinuousBatching.sjf();
            case "static":
                return new StaticBatching();
            case "mlfq":
                return new MlfqBatching(false, params);
            case "skip-join-mlfq":
            case "skipjoin":
            case "skip-join":
                return new MlfqBatching(true, params);
            case "srpt":
                return new SrptBatching();
            default:
                throw new IllegalArgumentException("unknown policy '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        }
    }

    /** Whether the policy exists only with batches (so naming it turns batching on). */
    public static boolean batchingOnly(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.equals("static") || n.equals("sjf");
    }
}
