package org.servelab.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chip glides from where it was and leaves a fading trail back to its origin. */
class ChipMotionTest {

    private static final long START = 1_000_000_000L;

    @Test
    void glidesFromItsOldPlace() {
        ChipMotion m = new ChipMotion();
        m.reset(1);
        m.moveTo(0, 10, 20, 0, 0, START, false);
        assertThat(m.x(0, START)).isEqualTo(10);
        assertThat(m.moveTo(0, 110, 20, 0, 0, START, true)).isTrue();
        assertThat(m.x(0, START)).isEqualTo(10);
        double half = m.x(0, START + ChipMotion.DEFAULT_DURATION_NANOS / 2);
        assertThat(half).isStrictlyBetween(10.0, 110.0);
        assertThat(m.x(0, START + ChipMotion.DEFAULT_DURATION_NANOS)).isEqualTo(110);
        assertThat(m.trail(0, START + ChipMotion.DEFAULT_DURATION_NANOS)).as("the trail outlives the glide")
                .isPositive();
        assertThat(m.originX(0)).isEqualTo(10);
        assertThat(m.trail(0, START + ChipMotion.TRAIL_NANOS)).isZero();
    }

    @Test
    void aNewChipEntersFromTheGivenPoint() {
        ChipMotion m = new ChipMotion();
        m.reset(1);
        assertThat(m.visible(0)).isFalse();
        m.moveTo(0, 50, 5, -40, 5, START, true);
        assertThat(m.x(0, START)).isEqualTo(-40);
        assertThat(m.moveTo(0, 50, 5, -40, 5, START, true)).as("same place: no move").isFalse();
        m.settle(0);
        assertThat(m.x(0, START)).isEqualTo(50);
    }
}
