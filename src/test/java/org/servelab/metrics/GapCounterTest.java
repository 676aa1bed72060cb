package org.servelab.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Counting gaps by value gives the same statistics as keeping every gap. */
class GapCounterTest {

    @Test
    void sameStatisticsAsTheFullListOnRandomMultisets() {
        Random r = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(500);
            double[] all = new double[n];
            GapCounter c = new GapCounter();
            for (int i = 0; i < n; i++) {
                all[i] = r.nextInt(1 + r.nextInt(20)) * 0.5;
                c.add(all[i]);
            }
            Distribution expected = Distribution.of(all, n);
            Distribution actual = c.distribution();
            assertThat(actual.p50()).isEqualTo(expected.p50());
            assertThat(actual.p90()).isEqualTo(expected.p90());
            assertThat(actual.p99()).isEqualTo(expected.p99());
            assertThat(actual.max()).isEqualTo(expected.max());
            assertThat(actual.mean()).isCloseTo(expected.mean(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(actual.count()).isEqualTo(n);
        }
    }

    @Test
    void emptyIsNaN() {
        assertThat(new GapCounter().distribution().mean()).isNaN();
    }
}
