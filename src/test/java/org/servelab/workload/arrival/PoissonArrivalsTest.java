package org.servelab.workload.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;
import org.servelab.workload.TimeUnit;

class PoissonArrivalsTest {

    private static final int SAMPLES = 100_000;
    private static final double RATE = 5;

    @Test
    void meanGapIsOneOverTheRate() {
        double[] t = new PoissonArrivals(RATE, 42).times(SAMPLES + 1, TimeUnit.S);
        double meanGap = t[SAMPLES] / SAMPLES;
        assertThat(meanGap).isCloseTo(1 / RATE, within(0.02 / RATE));
    }

    @Test
    void gapsAreExponential() {
        double[] t = new PoissonArrivals(RATE, 7).times(SAMPLES + 1, TimeUnit.S);
        int longerThanMean = 0;
        for (int k = 1; k < t.length; k++) {
            if (t[k] - t[k - 1] > 1 / RATE) {
                longerThanMean++;
            }
        }
        assertThat(longerThanMean / (double) SAMPLES).isCloseTo(Math.exp(-1), within(0.01));
    }

    @Test
    void firstJobAtZeroAndTimesNeverDecrease() {
        double[] t = new PoissonArrivals(RATE, 1).times(1000, TimeUnit.MS);
        assertThat(t[0]).isZero();
        for (int k = 1; k < t.length; k++) {
            assertThat(t[k]).isGreaterThanOrEqualTo(t[k - 1]);
        }
    }

    @Test
    void sameSeedSameTimesDifferentSeedDifferentTimes() {
        double[] a = new PoissonArrivals(RATE, 123).times(500, TimeUnit.MS);
        PoissonArrivals b = new PoissonArrivals(RATE, 123);
        assertThat(b.times(500, TimeUnit.MS)).isEqualTo(a);
        assertThat(b.times(500, TimeUnit.MS)).as("a second call").isEqualTo(a);
        assertThat(new PoissonArrivals(RATE, 124).times(500, TimeUnit.MS)).isNotEqualTo(a);
    }

    @Test
    void unitOnlyScales() {
        double[] s = new PoissonArrivals(RATE, 9).times(100, TimeUnit.S);
        double[] ms = new PoissonArrivals(RATE, 9).times(100, TimeUnit.MS);
        for (int k = 0; k < s.length; k++) {
            assertThat(ms[k]).isCloseTo(s[k] * 1000, within(1e-9 * Math.max(1, ms[k])));
        }
    }

    @Test
    void rejectsBadRates() {
        assertThatThrownBy(() -> new PoissonArrivals(Double.NaN, 1)).isInstanceOf(InputException.class)
                .hasMessage("--arrival-rate: must be a positive number of jobs per second, got NaN");
        assertThatThrownBy(() -> new PoissonArrivals(0, 1)).isInstanceOf(InputException.class);
    }

    @Test
    void describesRateAndSeed() {
        assertThat(new PoissonArrivals(2, 17).describe()).isEqualTo("poisson 2 jobs/s (seed 17)");
    }
}
