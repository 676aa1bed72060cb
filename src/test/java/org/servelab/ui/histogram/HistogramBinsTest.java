package org.servelab.ui.histogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class HistogramBinsTest {

    @Test
    void valuesLandInTheirBinsAndOverflowGoesToTheLast() {
        HistogramBins bins = new HistogramBins(10, 5);
        assertThat(bins.count(List.of(0.0, 1.9, 2.0, 9.99, 10.0, 55.0, Double.NaN)))
                .containsExactly(2, 1, 0, 0, 3);
    }

    @Test
    void niceRangesRoundUp() {
        assertThat(HistogramBins.nice(11, 10).max()).isEqualTo(20);
        assertThat(HistogramBins.nice(230, 10).max()).isEqualTo(250);
        assertThat(HistogramBins.nice(0, 10).max()).as("no data yet").isEqualTo(1);
    }

    @Test
    void rejectsEmptyRanges() {
        assertThatThrownBy(() -> new HistogramBins(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HistogramBins(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
