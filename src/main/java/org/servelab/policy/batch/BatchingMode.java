package org.servelab.policy.batch;

import java.util.Locale;

/** How continuous-batching fcfs mixes prefills and decodes in one iteration. */
public enum BatchingMode {
    /** Prefills cut into chunks that share each iteration's token budget with the decodes (vLLM V1, Sarathi). */
    CHUNKED("chunked"),
    /** A prefill is never split: a waiting job joins only if its whole prefill fits (Orca). */
    MIXED("mixed"),
    /** An iteration runs prefills only while any waiting job can be admitted, else decodes only (vLLM V0). */
    PREFILL_FIRST("prefill-first");

    private final String cliName;

    BatchingMode(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static BatchingMode parse(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        for (BatchingMode m : values()) {
            if (m.cliName.equals(v)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown batching mode '" + s + "' (use chunked, mixed or prefill-first)");
    }
}
