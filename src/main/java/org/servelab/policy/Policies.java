package org.servelab.policy;

import java.util.List;
import java.util.Locale;

/** Creates policies by their command-line names. */
public final class Policies {

    public static final List<String> NAMES = List.of("fcfs", "mlfq", "skip-join-mlfq", "srpt");

    private Policies() {
    }

    /**
     * Returns a new policy. MLFQ parameters are ignored by the single-queue policies.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static SchedulingPolicy create(String name, MlfqParameters params) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "fcfs":
                return new FcfsPolicy();
            case "mlfq":
                return MlfqPolicy.plain(params);
            case "skip-join-mlfq":
            case "skipjoin":
            case "skip-join":
                return MlfqPolicy.skipJoin(params);
            case "srpt":
                return new SrptPolicy();
            default:
                throw new IllegalArgumentException("unknown policy '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        }
    }
}
