package org.servelab.policy;

import org.servelab.workload.TimeGrid;

/**
 * Time arithmetic of consecutive iterations, shared by policies, engines and views so that all compute
 * every boundary with the same operations. Results are on the {@link TimeGrid}.
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
        return TimeGrid.snap(tokensDone == 0 ? prefill + (count - 1) * decode : count * decode);
    }

    /** The time {@code count} iterations after {@code start}: {@code start + elapsed(...)} on the grid. */
    public static double boundary(double start, double prefill, double decode, int tokensDone, int count) {
        return TimeGrid.add(start, elapsed(prefill, decode, tokensDone, count));
    }

    /**
     * The fewest iterations (at least 1, at most {@code limit}) after which {@code already + elapsed}
     * reaches {@code target}; {@code limit} when it never does within the limit.
     */
    public static int untilReached(double prefill, double decode, int tokensDone, double already, double target,
                                   int limit) {
        if (limit <= 1) {
            return 1;
        }
        double first = tokensDone == 0 ? prefill : decode;
        double estimate = 1 + Math.floor((target - already - first) / decode);
        int m;
        if (estimate >= 2) {
            // boundaries grow with the count, so the searches below find 1 by themselves when the first
            // boundary already reaches the target: no need to compute it first
            m = (int) Math.min(limit, estimate);
        } else {
            if (boundary(already, prefill, decode, tokensDone, 1) >= target) {
                return 1;
            }
            m = (int) Math.max(1, Math.min(limit, estimate));
        }
        while (m > 1 && boundary(already, prefill, decode, tokensDone, m - 1) >= target) {
            m--;
        }
        while (m < limit && boundary(already, prefill, decode, tokensDone, m) < target) {
            m++;
        }
        return m;
    }
}
