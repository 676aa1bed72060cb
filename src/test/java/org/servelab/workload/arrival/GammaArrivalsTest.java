package org.servelab.workload.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;
import org.servelab.workload.TimeUnit;

class GammaArrivalsTest {

    private static final int SAMPLES = 100_000;
    /** Measured rate and CV must be within this fraction of what was asked. */
    private static final double TOLERANCE = 0.04;

    @ParameterizedTest(name = "rate {0}/s, CV {1}")
    @CsvSource({"2, 0.5", "5, 1", "5, 2", "10, 4", "0.5, 1.5"})
    void measuredRateAndCvMatchTheAskedOnes(double rate, double cv) {
        double[] t = new GammaArrivals(rate, cv, 7).times(SAMPLES, TimeUnit.MS);
        GapStatistics s = GapStatistics.of(t, TimeUnit.MS.seconds());
        assertThat(s.jobsPerSecond()).as("rate").isCloseTo(rate, within(rate * TOLERANCE));
        assertThat(s.cv()).as("CV").isCloseTo(cv, within(cv * TOLERANCE));
    }

    @Test
    void sameSeedSameTimesOtherSeedOtherTimes() {
        GammaArrivals a = new GammaArrivals(3, 2, 11);
        assertThat(a.times(1000, TimeUnit.MS)).isEqualTo(new GammaArrivals(3, 2, 11).times(1000, TimeUnit.MS));
        assertThat(a.times(1000, TimeUnit.MS)).isNotEqualTo(new GammaArrivals(3, 2, 12).times(1000, TimeUnit.MS));
    }

    @Test
    void cvZeroIsAFixedRateAndTheFirstJobArrivesAtZero() {
        assertThat(new GammaArrivals(4, 0, 1).times(4, TimeUnit.MS)).containsExactly(0, 250, 500, 750);
        assertThat(new GammaArrivals(4, 3, 1).times(5, TimeUnit.S)[0]).isZero();
    }

    @Test
    void negativeCvNamesTheCvOption() {
        assertThatThrownBy(() -> new GammaArrivals(1, -1, 1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--cv"));
        assertThatThrownBy(() -> ArrivalProcesses.parse("gamma", 0, 1, 1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--arrival-rate"));
    }

    @Test
    void registryMakesGammaWithItsCv() {
        assertThat(ArrivalProcesses.parse("gamma", 2, 3, 5)).isEqualTo(new GammaArrivals(2, 3, 5));
        assertThat(ArrivalProcesses.cvOf("poisson", 9)).isEqualTo(1);
        assertThat(ArrivalProcesses.cvOf("fixed", 9)).isZero();
        assertThat(ArrivalProcesses.takesCv("Gamma")).isTrue();
    }
}
