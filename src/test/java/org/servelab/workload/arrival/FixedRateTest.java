package org.servelab.workload.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.servelab.workload.InputException;
import org.servelab.workload.TimeUnit;

class FixedRateTest {

    @Test
    void jobKArrivesAtKOverRSeconds() {
        double rate = 3;
        double[] t = new FixedRate(rate).times(1000, TimeUnit.S);
        for (int k = 0; k < t.length; k++) {
            assertThat(t[k]).as("job %d", k).isEqualTo(k / rate);
        }
    }

    @Test
    void convertsToTheTraceUnit() {
        double rate = 7;
        double[] ms = new FixedRate(rate).times(100, TimeUnit.MS);
        double[] us = new FixedRate(rate).times(100, TimeUnit.US);
        for (int k = 0; k < ms.length; k++) {
            assertThat(ms[k]).isEqualTo(k * 1000.0 / rate);
            assertThat(us[k]).isEqualTo(k * 1_000_000.0 / rate);
        }
        assertThat(new FixedRate(4).times(3, TimeUnit.MS)).containsExactly(0, 250, 500);
    }

    @Test
    void noJobsGiveNoTimes() {
        assertThat(new FixedRate(1).times(0, TimeUnit.MS)).isEmpty();
        assertThatThrownBy(() -> new FixedRate(1).times(-1, TimeUnit.MS)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsRatesThatAreNotPositiveAndFinite(double rate) {
        assertThatThrownBy(() -> new FixedRate(rate)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.field()).isEqualTo("--arrival-rate");
            assertThat(e.getMessage()).startsWith("--arrival-rate: must be a positive number of jobs per second, got ");
        });
    }

    @Test
    void rateIsShownAsWritten() {
        assertThatThrownBy(() -> new FixedRate(-2)).hasMessageEndingWith("got -2");
        assertThat(new FixedRate(2.5).describe()).isEqualTo("fixed 2.5 jobs/s");
    }
}
