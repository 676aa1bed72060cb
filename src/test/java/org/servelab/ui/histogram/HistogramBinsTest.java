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
        assertThat(HistogramBins.nice(11, 10).max()).as("close to the data, not twice it").isEqualTo(12);
        assertThat(HistogramBins.nice(31, 10).max()).isEqualTo(40);
        assertThat(HistogramBins.nice(230, 10).max()).isEqualTo(250);
        assertThat(HistogramBins.nice(0, 10).max()).as("no data yet").isEqualTo(1);
    }

    @Test
    void logarithmicBinsSpanEqualRatiosForLongTails() {
        HistogramBins bins = HistogramBins.log(2, 900, 3);
        assertThat(bins.min()).isEqualTo(1);
        assertThat(bins.max()).isEqualTo(1000);
        assertThat(bins.lower(1)).isCloseTo(10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bins.upper(1)).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bins.count(List.of(2.0, 5.0, 50.0, 500.0, 5000.0))).containsExactly(2, 1, 2);
    }

    @Test
    void rejectsEmptyRanges() {
        assertThatThrownBy(() -> new HistogramBins(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HistogramBins(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
