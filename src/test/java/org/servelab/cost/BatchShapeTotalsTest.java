package org.servelab.cost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The totals a shape gets from {@link BatchShape} when it keeps none itself. */
class BatchShapeTotalsTest {

    @Test
    void eachTotalAddsItsOwnTermOverTheItems() {
        // chunk 10 from 0 (context after 10), chunk 5 from 20 (25), decode from 30 (31), verify 4 from 40 (44)
        BatchShape shape = new TestShape().chunk(10, 0).chunk(5, 20).decoding(30).verifying(4, 40);
        assertThat(shape.tokenTotal()).isEqualTo(10 + 5 + 1 + 4);
        assertThat(shape.decodeContextTotal()).isEqualTo(31 + 44);
        assertThat(shape.contextTotal()).isEqualTo(10 + 25 + 31 + 44);
        assertThat(shape.pairTotal()).isEqualTo(10 * 10 + 5 * 25 + 31 + 4 * 44);
    }

    @Test
    void anEmptyBatchHasNothingInAnyTotal() {
        BatchShape shape = new TestShape();
        assertThat(shape.tokenTotal()).isZero();
        assertThat(shape.decodeContextTotal()).isZero();
        assertThat(shape.contextTotal()).isZero();
        assertThat(shape.pairTotal()).isZero();
    }

    @Test
    void pairsOfLargeContextsAreCountedInLongs() {
        // 2^20 tokens against a context of 2^20 + 2^20: 2^41 pairs, past an int
        BatchShape shape = new TestShape().chunk(1 << 20, 1 << 20);
        assertThat(shape.pairTotal()).isEqualTo((1L << 20) * (1L << 21));
        assertThat(shape.contextTotal()).isEqualTo(1L << 21);
    }
}
