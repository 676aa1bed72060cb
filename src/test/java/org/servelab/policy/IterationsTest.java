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

    /**
     * The shortcut decides as the rounded boundary does, for targets on the boundary, a few grid steps either
     * side, at the shortcut's margin either side and off the grid, for times up to the grid's limit.
     */
    @Test
    void reachesAgreesWithTheRoundedBoundary() {
        SplittableRandom r = new SplittableRandom(7);
        int decidedBySum = 0;
        for (int i = 0; i < 1_000_000; i++) {
            // on the grid, as the engine's times are, or (a fifth) anywhere
            boolean anywhere = i % 5 == 0;
            double decode = i % 40 == 0 ? 1e-6 : anywhere ? r.nextDouble() * 60 : grid(r, i % 3 == 0 ? 0.01 : 60);
            double prefill = r.nextBoolean() ? decode : anywhere ? r.nextDouble() * 200 : grid(r, 200);
            int done = r.nextInt(4) == 0 ? 0 : r.nextInt(1, 500);
            int count = r.nextInt(0, 2000);
            double start = switch (i % 4) {
                case 0 -> 0;
                case 1 -> grid(r, 100);
                case 2 -> TimeGrid.MAX_TIME - grid(r, 1e6);
                default -> grid(r, TimeGrid.MAX_TIME);
            };
            double boundary = Iterations.boundary(start, prefill, decode, done, count);
            double sum = start + (done == 0 ? prefill + (count - 1) * decode : count * decode);
            double target = switch (i % 8) {
                case 0 -> boundary;
                // between the rounded boundary and the plain sum, where rounding decides
                case 6 -> boundary + (sum - boundary) * r.nextDouble();
                case 7 -> r.nextBoolean() ? Math.nextUp(boundary) : Math.nextDown(boundary);
                case 1 -> boundary + (r.nextInt(41) - 20) * 1e-6;
                case 2 -> sum + (r.nextBoolean() ? 1e-5 : -1e-5) + (r.nextInt(9) - 4) * Math.ulp(sum);
                case 3 -> sum + (r.nextDouble() - 0.5) * 1e-4;
                case 4 -> r.nextDouble() * TimeGrid.MAX_TIME;
                default -> TimeGrid.snap(sum + (r.nextDouble() - 0.5) * 2e-5);
            };
            boolean expected = boundary >= target;
            if (Math.abs(sum - target) > 1e-5) {
                decidedBySum++;
            }
            assertThat(Iterations.reaches(start, prefill, decode, done, count, target))
                    .as("start %s prefill %s decode %s done %d count %d target %s", start, prefill, decode, done,
                            count, target)
                    .isEqualTo(expected);
        }
        // negative times (which no job has) take the exact way
        double d = -4.2404816577277192E16;
        assertThat(Iterations.reaches(4.2404816577277976E16, d, d, 1, 1, 792.0))
                .isEqualTo(Iterations.boundary(4.2404816577277976E16, d, d, 1, 1) >= 792.0);
        // most cases take the shortcut, so it is what was checked
        assertThat(decidedBySum).isGreaterThan(250_000);
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
