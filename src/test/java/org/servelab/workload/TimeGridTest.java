package org.servelab.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeGridTest {

    @Test
    void snapsSumsOfDecimalTimesToTheirDecimalValue() {
        assertThat(7.1 + 2.8).isNotEqualTo(9.9);
        assertThat(TimeGrid.add(7.1, 2.8)).isEqualTo(9.9);
        assertThat(TimeGrid.snap(266.76435200000003)).isEqualTo(266.764352);
        assertThat(TimeGrid.snap(0.0000004)).isEqualTo(0.0);
    }

    @Test
    void passesInfinitiesAndNaNThroughAndNeverGivesNegativeZero() {
        assertThat(TimeGrid.snap(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(TimeGrid.snap(Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(TimeGrid.snap(Double.NaN)).isNaN();
        assertThat(Double.doubleToRawLongBits(TimeGrid.snap(-0.0000001))).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(TimeGrid.add(1.5, -1.5))).isEqualTo(Double.doubleToRawLongBits(0.0));
    }
}
