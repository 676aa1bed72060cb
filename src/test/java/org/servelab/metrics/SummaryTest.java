package org.servelab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void nearestRankPicksAValueThatExists() {
        double[] sorted = {4, 5, 11};
        assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(5);
        assertThat(Percentiles.nearestRank(sorted, 33)).isEqualTo(4);
        assertThat(Percentiles.nearestRank(sorted, 34)).isEqualTo(5);
        assertThat(Percentiles.nearestRank(sorted, 90)).isEqualTo(11);
        assertThat(Percentiles.nearestRank(sorted, 100)).isEqualTo(11);
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertThat(Percentiles.nearestRank(hundred, 99)).isEqualTo(99);
        assertThat(Percentiles.nearestRank(hundred, 50)).isEqualTo(50);
        double[] twentyFive = new double[25];
        for (int i = 0; i < 25; i++) {
            twentyFive[i] = i + 1;
        }
        assertThat(Percentiles.nearestRank(twentyFive, 28)).as("ceil(0.28 * 25) = 7 exactly").isEqualTo(7);
        double[] thousand = new double[1000];
        for (int i = 0; i < 1000; i++) {
            thousand[i] = i + 1;
        }
        assertThat(Percentiles.nearestRank(thousand, 99.9)).isEqualTo(999);
        assertThatThrownBy(() -> Percentiles.nearestRank(sorted, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryFollowsTheDefinitions() {
        // jobs in ms: (arrival, first token, finish, tokens, service)
        List<JobResult> jobs = List.of(
                new JobResult("A", 0, 10, 11, 2, 6),
                new JobResult("B", 0, 1, 4, 2, 2),
                new JobResult("C", 2, 5, 7, 2, 3));
        Summary s = Summary.of(jobs, 1e-3);
        assertThat(s.jobs()).isEqualTo(3);
        assertThat(s.averageJct()).isCloseTo((11 + 4 + 5) / 3.0, within(1e-12));
        assertThat(s.p50Jct()).isEqualTo(5);
        assertThat(s.p99Jct()).isEqualTo(11);
        assertThat(s.maxJct()).isEqualTo(11);
        assertThat(s.averageTtft()).isCloseTo((10 + 1 + 3) / 3.0, within(1e-12));
        assertThat(s.averageSlowdown()).isCloseTo((11 / 6.0 + 4 / 2.0 + 5 / 3.0) / 3, within(1e-12));
        assertThat(s.makespan()).isEqualTo(11);
        assertThat(s.throughput()).isCloseTo(3 / 0.011, within(1e-9));
        assertThat(s.tokenThroughput()).isCloseTo(6 / 0.011, within(1e-9));
    }

    @Test
    void selectionFindsWhatASortFinds() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        double[] ps = {1, 28, 50, 90, 99, 99.9, 100};
        for (int round = 0; round < 3000; round++) {
            int n = round < 100 ? round + 1 : r.nextInt(1, 5000);
            double[] v = new double[n];
            int kind = round % 6;
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    case 0 -> r.nextDouble() * 1000;
                    case 1 -> r.nextInt(5); // many equal values
                    case 2 -> i; // sorted
                    case 3 -> n - i; // reversed
                    case 4 -> new double[] {0.0, -0.0, Double.NaN, 1, -1, Double.POSITIVE_INFINITY}[r.nextInt(6)];
                    default -> Math.rint(r.nextGaussian() * 100) / 10;
                };
            }
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            double[] got = Percentiles.select(v.clone(), ps);
            for (int i = 0; i < ps.length; i++) {
                assertThat(Double.doubleToRawLongBits(got[i])).as("n %d kind %d p %s", n, kind, ps[i])
                        .isEqualTo(Double.doubleToRawLongBits(Percentiles.nearestRank(sorted, ps[i])));
            }
        }
        assertThat(Percentiles.select(new double[0], 50)[0]).isNaN();
    }
}
