package org.servelab.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.servelab.workload.TimeGrid;

class IterationsTest {

    /** The definition: the fewest iterations (1 to limit) whose boundary reaches the target, else limit. */
    private static int byDefinition(double prefill, double decode, int done, double already, double target, int limit) {
        for (int m = 1; m < limit; m++) {
            if (Iterations.boundary(already, prefill, decode, done, m) >= target) {
                return m;
            }
        }
        return limit;
    }

    private static double grid(SplittableRandom r, double max) {
        return TimeGrid.snap(r.nextDouble() * max);
    }

    @Test
    void untilReachedIsTheFewestIterationsThatReachTheTarget() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 300_000; i++) {
            double decode = i % 50 == 0 ? 1e-6 : grid(r, i % 3 == 0 ? 0.01 : 60);
            double prefill = r.nextBoolean() ? decode : grid(r, 200);
            int done = r.nextInt(4) == 0 ? 0 : r.nextInt(1, 500);
            double already = switch (i % 4) {
                case 0 -> 0;
                case 1 -> grid(r, 100);
                default -> grid(r, TimeGrid.MAX_TIME / 2);
            };
            double target = switch (i % 5) {
                case 0 -> already + r.nextDouble() * 500; // off the grid
                case 1 -> already; // reached before any iteration
                case 2 -> TimeGrid.add(already, -grid(r, 10));
                default -> TimeGrid.add(already, grid(r, r.nextBoolean() ? 60 : 3000));
            };
            int limit = r.nextInt(1, 300);
            if (decode == 0 || prefill == 0) {
                continue;
            }
            assertThat(Iterations.untilReached(prefill, decode, done, already, target, limit))
                    .as("prefill %s decode %s done %d already %s target %s limit %d", prefill, decode, done, already,
                            target, limit)
                    .isEqualTo(byDefinition(prefill, decode, done, already, target, limit));
        }
    }
}
