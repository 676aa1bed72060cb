package org.servelab.policy;

import java.util.Locale;

/** How an MLFQ charges a job against its quantum. */
public enum Accounting {
    /** The paper's semantics: iteration time is charged; a job is demoted once its level's quantum is used. */
    TIME,
    /** The exercise read literally: a dispatch from Qx runs {@code Quantum_rate^(x-1)} iterations, then demotes. */
    TOKENS;

    public String cliName() {
        return this == TIME ? "time" : "tokens";
    }

    public static Accounting parse(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "time":
                return TIME;
            case "tokens":
            case "token":
                return TOKENS;
            default:
                throw new IllegalArgumentException("unknown accounting '" + s + "' (use time or tokens)");
        }
    }
}
