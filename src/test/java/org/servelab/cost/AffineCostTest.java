package org.servelab.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AffineCostTest {

    @Test
    void sumsTokensAndTheContextsOfDecodesAfterTheIteration() {
        AffineCost m = new AffineCost("affine:test", 0, 2, 0.5, 0.01, 0);
        // T = 100 + 1 + 1 = 102; Kctx = (40 + 1) + (9 + 1) = 51; the chunk's context does not count
        TestShape b = new TestShape().chunk(100, 300).decoding(40).decoding(9);
        assertThat(m.iterationTime(b)).isCloseTo(2 + 0.5 * 102 + 0.01 * 51, within(1e-12));
    }

    @Test
    void floorBoundsSmallBatches() {
        AffineCost m = new AffineCost("affine:test", 5, 1, 0.1, 0, 0);
        assertThat(m.iterationTime(new TestShape().decoding(3, 10))).isEqualTo(5);
        assertThat(m.iterationTime(new TestShape().chunk(100, 0))).isCloseTo(11, within(1e-12));
    }

    @Test
    void stepTenMsIsTenForAnyDecodeBatchUpTo400() {
        AffineCost m = AffineCost.step10ms();
        assertThat(m.name()).isEqualTo("step-10ms");
        assertThat(m.timeUnit()).isEqualTo("ms");
        assertThat(m.iterationTime(new TestShape().decoding(256, 1000))).isEqualTo(10);
        assertThat(m.iterationTime(new TestShape().decoding(0))).isEqualTo(10);
        assertThat(m.iterationTime(new TestShape().decoding(400, 5))).isEqualTo(10);
    }

    @Test
    void stepTenMsIs25MicrosecondsPerTokenAbove400Tokens() {
        AffineCost m = AffineCost.step10ms();
        assertThat(m.iterationTime(new TestShape().chunk(2048, 0))).isEqualTo(0.025 * 2048);
        assertThat(m.iterationTime(new TestShape().chunk(1800, 0).decoding(200, 77))).isEqualTo(0.025 * 2000);
        assertThat(m.iterationTime(new TestShape().chunk(401, 0))).isEqualTo(0.025 * 401);
    }

    @Test
    void swapCostIsPerBlockWhateverTheBlockSize() {
        AffineCost m = new AffineCost("affine:swap=0.3", 1, 0, 0, 0, 0.3);
        assertThat(m.swapTimePerBlock(16)).isEqualTo(0.3);
        assertThat(m.swapTimePerBlock(32)).isEqualTo(0.3);
        assertThat(m.kvBlocks(16)).isEqualTo(-1);
        assertThat(m.perJob()).isFalse();
    }

    @Test
    void refusesNegativeOrNonFiniteCoefficientsAndAModelThatCostsNothing() {
        assertThatThrownBy(() -> new AffineCost("x", -1, 0, 1, 0, 0)).hasMessageContaining("floor");
        assertThatThrownBy(() -> new AffineCost("x", 1, 0, Double.NaN, 0, 0)).hasMessageContaining("per-token");
        assertThatThrownBy(() -> new AffineCost("x", 1, 0, 0, Double.POSITIVE_INFINITY, 0))
                .hasMessageContaining("per-context");
        assertThatThrownBy(() -> new AffineCost("x", 0, 0, 0, 1, 0)).hasMessageContaining("no time");
    }
}
