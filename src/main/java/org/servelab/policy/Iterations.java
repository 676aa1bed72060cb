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
     * How far a boundary {@link #boundary} returns can lie from the same sum without rounding to the grid
     * ({@code start + p + (count - 1) d} as written), for a start and an elapsed time from 0 to 2^31 units:
     * each of its two roundings to the grid moves a value by at most half a step, plus an eighth of a step
     * for the product with the steps per unit and as much again for the division back, and the additions
     * by two units in the last place (5e-7 at most below 2^31): under 2e-6 in all. A comparison decided by
     * more than this margin is decided without rounding.
     */
    private static final double MARGIN = 1e-5;

    /**
     * {@code boundary(start, prefill, decode, tokensDone, count) >= target}, the same to the bit, without
     * rounding to the grid when the plain sum is further than {@link #MARGIN} from {@code target}.
     */
    public static boolean reaches(double start, double prefill, double decode, int tokensDone, int count,
                                  double target) {
        if (count > 0) {
            double elapsed = tokensDone == 0 ? prefill + (count - 1) * decode : count * decode;
            double sum = start + elapsed;
            if (start >= 0 && elapsed >= 0 && sum <= TimeGrid.MAX_TIME) {
                double gap = sum - target;
                if (gap > MARGIN) {
                    return true;
                }
                if (gap < -MARGIN) {
                    return false;
                }
            }
        }
        return boundary(start, prefill, decode, tokensDone, count) >= target;
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
            if (reaches(already, prefill, decode, tokensDone, 1, target)) {
                return 1;
            }
            m = (int) Math.max(1, Math.min(limit, estimate));
        }
        while (m > 1 && reaches(already, prefill, decode, tokensDone, m - 1, target)) {
            m--;
        }
        while (m < limit && !reaches(already, prefill, decode, tokensDone, m, target)) {
            m++;
        }
        return m;
    }
}
