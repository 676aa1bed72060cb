package org.servelab.workload.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.servelab.workload.InputException;

class LengthDistributionsTest {

    private static final int SAMPLES = 100_000;
    private static final double TOLERANCE = 0.03;

    private static double measuredMean(LengthDistribution d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long sum = 0;
        for (int i = 0; i < SAMPLES; i++) {
            int v = d.sample(r);
            assertThat(v).isPositive();
            sum += v;
        }
        return (double) sum / SAMPLES;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lognormal:161:1", "lognormal:338:1", "lognormal:19:0.6", "lognormal:58:0.8", "zipf:1.5:2048",
        "zipf:1.1:512", "fixed:7"})
    void measuredMeanIsTheAskedMean(String spec) {
        LengthDistribution d = LengthDistributions.parse(spec, "--lengths");
        assertThat(measuredMean(d, 3)).isCloseTo(d.mean(), within(d.mean() * TOLERANCE));
    }

    @Test
    void presetsHaveThePublishedMeans() {
        IndependentLengths share = LengthPresets.get("sharegpt-like");
        IndependentLengths alpaca = LengthPresets.get("ALPACA-like");
        assertThat(share.prompt().mean()).isEqualTo(161);
        assertThat(share.output().mean()).isEqualTo(338);
        assertThat(alpaca.prompt().mean()).isEqualTo(19);
        assertThat(alpaca.output().mean()).isEqualTo(58);
        assertThat(measuredMean(share.output(), 5)).isCloseTo(338, within(338 * TOLERANCE));
    }

    @Test
    void zipfStaysInItsBoundsAndFavoursShortLengths() {
        BoundedZipf z = new BoundedZipf(1.5, 100);
        SplittableRandom r = new SplittableRandom(1);
        int ones = 0;
        for (int i = 0; i < 10_000; i++) {
            int v = z.sample(r);
            assertThat(v).isBetween(1, 100);
            ones += v == 1 ? 1 : 0;
        }
        // P(1) = 1 / sum k^-1.5 over 1..100 = 1 / 2.41, about 0.415
        assertThat(ones / 10_000.0).isCloseTo(0.415, within(0.02));
    }

    @Test
    void badSpecsNameTheOption() {
        for (String bad : new String[] {"zipf:1.5", "zipf:-1:10", "lognormal:x:1", "gauss:1", "fixed:0"}) {
            assertThatThrownBy(() -> LengthDistributions.parse(bad, "--lengths")).as(bad)
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--lengths"));
        }
    }

    @Test
    void describeReadsBack() {
        for (String s : new String[] {"zipf:1.5:2048", "lognormal:161:1", "lognormal:5:0.5:100", "fixed:3"}) {
            assertThat(LengthDistributions.parse(s, "x").describe()).isEqualTo(s);
        }
    }
}
