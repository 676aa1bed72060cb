package org.servelab.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The range the readers allow is the range in which sums on the time grid are exact. */
class TimeGridRangeTest {

    /** How many sums of two grid points up to {@code max} miss the grid point of their decimal sum. */
    static int wrongSums(double max, int samples) {
        SplittableRandom r = new SplittableRandom(7);
        long steps = (long) (max * TimeGrid.STEPS_PER_UNIT);
        int wrong = 0;
        for (int i = 0; i < samples; i++) {
            long a = r.nextBoolean() ? steps / 2 - r.nextLong(1000) : r.nextLong(steps / 2);
            long b = r.nextLong(steps / 2);
            double exact = (a + b) / TimeGrid.STEPS_PER_UNIT;
            if (TimeGrid.add(a / TimeGrid.STEPS_PER_UNIT, b / TimeGrid.STEPS_PER_UNIT) != exact
                    || TimeGrid.add(exact, -(b / TimeGrid.STEPS_PER_UNIT)) != a / TimeGrid.STEPS_PER_UNIT) {
                wrong++;
            }
        }
        return wrong;
    }

    @Test
    void sumsAndDifferencesAreExactUpToMaxTimeAndNotFarBeyond() {
        assertThat(TimeGrid.MAX_TIME).isEqualTo(Math.pow(2, 31));
        assertThat(wrongSums(TimeGrid.MAX_TIME, 500_000)).isZero();
        assertThat(wrongSums(4 * TimeGrid.MAX_TIME, 500_000)).as("beyond it sums go wrong").isPositive();
    }
}
