package org.servelab.policy;

/**
 * Time arithmetic of consecutive iterations, shared by policies and engines so that both compute
 * every boundary with the same floating-point operations.
 */
public final class Iterations {

    private Iterations() {
    }

    /**
     * Time taken by the next {@code count} iterations of a job that has made {@code tokensDone} tokens:
     * {@code p + (count - 1) d} if the prefill is among them, else {@code count * d}.
     */
    public static double elapsed(double prefill, double decode, int tokensDone, int count) {
        if (count <= 0) {
            return 0;
        }
        return tokensDone == 0 ? prefill + (count - 1) * decode : count * decode;
    }

    /**
     * The fewest iterations (at least 1, at most {@code limit}) after which {@code already + elapsed}
     * reaches {@code target}; {@code limit} when it never does within the limit.
     */
    public static int untilReached(double prefill, double decode, int tokensDone, double already, double target,
                                   int limit) {
        if (already + elapsed(prefill, decode, tokensDone, 1) >= target || limit <= 1) {
            return 1;
        }
        double first = tokensDone == 0 ? prefill : decode;
        double estimate = 1 + Math.floor((target - already - first) / decode);
        int m = (int) Math.max(1, Math.min(limit, estimate));
        while (m > 1 && already + elapsed(prefill, decode, tokensDone, m - 1) >= target) {
            m--;
        }
        while (m < limit && already + elapsed(prefill, decode, tokensDone, m) < target) {
            m++;
        }
        return m;
    }
}
