package org.servelab.policy.batch;

import java.util.Locale;

/** What happens to a job whose KV must make room for another's. */
public enum Preemption {
    /** Free its blocks; later prefill its prompt and the tokens it made again. */
    RECOMPUTE("recompute"),
    /** Move its blocks to the CPU pool; later move them back (recompute when the pool is full). */
    SWAP("swap"),
    /** Reserve every block a job will need when it is admitted; never preempt (Orca). */
    RESERVE("reserve");

    private final String cliName;

    Preemption(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Preemption parse(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        for (Preemption p : values()) {
            if (p.cliName.equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preemption mode '" + s + "' (use recompute, swap or reserve)");
    }
}
