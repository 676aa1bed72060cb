package org.servelab.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        for (double v : new double[] {0, 5, -3, 1e14}) {
            assertThat(Decimals.exact(v)).doesNotContain(".");
            assertThat(Decimals.plain(v)).doesNotContain(".");
            assertThat(Decimals.significant(v, 4)).doesNotContain(".");
            assertThat(Decimals.fixed(v, 3, RoundingMode.HALF_UP)).doesNotContain(".");
        }
        assertThat(Decimals.isWhole(1e15)).as("beyond exact longs").isFalse();
        assertThat(Decimals.exact(1e15)).isEqualTo("1.0E15");
    }

    @Test
    void eachKindCutsFractionsItsOwnWay() {
        assertThat(Decimals.exact(0.05)).isEqualTo("0.05");
        assertThat(Decimals.exact(1e-7)).as("reads back exactly").isEqualTo("1.0E-7");
        assertThat(Decimals.plain(1e-7)).as("never an exponent").isEqualTo("0.0000001");
        assertThat(Decimals.significant(5.2083333, 4)).isEqualTo("5.208");
        assertThat(Decimals.fixed(8.3333333, 3, RoundingMode.HALF_UP)).isEqualTo("8.333");
        assertThat(Decimals.fixed(266.76435200000003, 6, RoundingMode.HALF_EVEN)).isEqualTo("266.764352");
        assertThat(Decimals.fixed(-0.0000001, 3, RoundingMode.HALF_UP)).as("no -0").isEqualTo("0");
        assertThat(Decimals.label(4170.4)).isEqualTo("4170");
        assertThat(Decimals.label(42.54)).isEqualTo("42.5");
        assertThat(Decimals.label(6.6667)).isEqualTo("6.67");
        assertThat(Decimals.plain(Double.NaN)).isEqualTo("NaN");
    }

    /** The array writers must write what {@code Double.toString} and {@link Decimals#exact(double)} write. */
    @Test
    void arrayWritersMatchTheStringForms() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        char[] buf = new char[32];
        for (int i = 0; i < 200_000; i++) {
            double v;
            switch (i % 5) {
                case 0 -> v = r.nextLong(1, (long) Math.pow(10, r.nextInt(1, 16))) / 1e6; // grid times, past 10^7 too
                case 1 -> v = Math.rint(r.nextLong(1, 10_000_000) / 1e3) * (long) Math.pow(10, r.nextInt(0, 4)) / 1e6;
                case 2 -> v = -r.nextLong(1, 10_000_000_000L) / 1e6;
                case 3 -> v = r.nextDouble() * Math.pow(10, r.nextInt(-8, 12)); // mostly off the grid
                default -> v = Double.longBitsToDouble(r.nextLong()); // anything, NaN and infinities included
            }
            assertThat(new String(buf, 0, Decimals.javaString(v, buf, 0))).isEqualTo(Double.toString(v));
            if (Double.isFinite(v)) {
                assertThat(new String(buf, 0, Decimals.exact(v, buf, 0))).isEqualTo(Decimals.exact(v));
            }
        }
        for (double v : new double[] {0.0, -0.0, 0.001, 0.000999999, 9999999.999999, 1e7, 100, -5, 1e14, 1e15,
                Double.MIN_VALUE, Double.MAX_VALUE}) {
            assertThat(new String(buf, 0, Decimals.javaString(v, buf, 0))).isEqualTo(Double.toString(v));
            assertThat(new String(buf, 0, Decimals.exact(v, buf, 0))).isEqualTo(Decimals.exact(v));
        }
    }
}
