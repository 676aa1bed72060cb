package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;

/** The range checks of the readers: each predicate accepts exactly what its throwing check accepts. */
class FieldAtTest {

    private static final double[] VALUES = {Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        -1e300, -48, -1, -0.5, -0.0, 0.0, 1e-9, 4e-7, 5e-7, 6e-7, 1e-6, 0.5, 1, 2, 47.5, 48.0, 1e6, 2147483647.0,
        2147483648.0, 2147483648.5, 2147483649.0, 1e12, Double.MAX_VALUE};

    private final FieldAt at = new FieldAt("trace.csv", 7, "output_length", "J3");

    @Test
    void isWholeAcceptsWhatWholeAccepts() {
        for (int min : new int[] {0, 1, 2}) {
            assertAgree("isWhole, min " + min, v -> FieldAt.isWhole(v, min), v -> at.whole(v, min));
        }
    }

    @Test
    void isPositiveAcceptsWhatPositiveAccepts() {
        assertAgree("isPositive", FieldAt::isPositive, at::positive);
    }

    @Test
    void isNonNegativeAcceptsWhatNonNegativeAccepts() {
        assertAgree("isNonNegative", FieldAt::isNonNegative, at::nonNegative);
    }

    /** Over every test value: the predicate holds where the check passes, and there the check returns the value. */
    private static void assertAgree(String name, DoublePredicate accepts, DoubleUnaryOperator check) {
        for (double v : VALUES) {
            boolean thrown = throwsInput(() -> check.applyAsDouble(v));
            assertThat(accepts.test(v)).as("%s(%s)", name, v).isEqualTo(!thrown);
            if (!thrown) {
                assertThat(check.applyAsDouble(v)).as("%s(%s)", name, v).isEqualTo(v);
            }
        }
    }

    @Test
    void isServiceAcceptsWhatServiceAccepts() {
        for (double prefill : new double[] {0.5, 1e9, 2e9}) {
            for (double decode : new double[] {0.25, 1e3, 1e6}) {
                for (int output : new int[] {1, 2, 1000, 1 << 20}) {
                    boolean thrown = throwsInput(() -> at.service(prefill, decode, output));
                    assertThat(FieldAt.isService(prefill, decode, output))
                            .as("isService(%s, %s, %d)", prefill, decode, output).isEqualTo(!thrown);
                }
            }
        }
    }

    @Test
    void theBoundariesOfEachCheck() {
        assertThat(FieldAt.isWhole(0, 0)).isTrue();
        assertThat(FieldAt.isWhole(0, 1)).isFalse();
        assertThat(FieldAt.isWhole(48.0, 1)).isTrue();
        assertThat(FieldAt.isWhole(47.5, 1)).isFalse();
        assertThat(FieldAt.isWhole(Integer.MAX_VALUE, 1)).isTrue();
        assertThat(FieldAt.isWhole(Integer.MAX_VALUE + 1.0, 1)).isFalse();
        assertThat(FieldAt.isPositive(1e-6)).as("one grid step").isTrue();
        assertThat(FieldAt.isPositive(6e-7)).as("rounds to one grid step").isTrue();
        assertThat(FieldAt.isPositive(4e-7)).as("rounds to no time").isFalse();
        assertThat(FieldAt.isPositive(2147483648.0)).isTrue();
        assertThat(FieldAt.isPositive(2147483649.0)).isFalse();
        assertThat(FieldAt.isNonNegative(0)).isTrue();
        assertThat(FieldAt.isNonNegative(-1e-9)).isFalse();
        assertThat(FieldAt.isNonNegative(2147483648.0)).isTrue();
        assertThat(FieldAt.isNonNegative(2147483649.0)).isFalse();
        assertThat(FieldAt.isService(1, 2, 1_000_000)).isTrue();
        assertThat(FieldAt.isService(2147483648.0, 1, 2)).isFalse();
    }

    @Test
    void eachRejectionSaysWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> at.whole(2.5, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("trace.csv").hasMessageContaining("7").hasMessageContaining("output_length")
                .hasMessageContaining("must be a whole number >= 1, got 2.5").hasMessageContaining("(job J3)");
        assertThatThrownBy(() -> at.whole(3e9, 1)).hasMessageContaining("is too large: ");
        assertThatThrownBy(() -> at.whole(0, 1)).hasMessageContaining("must be >= 1, got 0");
        assertThatThrownBy(() -> at.positive(0)).hasMessageContaining("must be a positive number, got 0");
        assertThatThrownBy(() -> at.positive(1e-9)).hasMessageContaining("is below the time resolution");
        assertThatThrownBy(() -> at.positive(1e12)).hasMessageContaining("is too large: ")
                .hasMessageContaining(FieldAt.TOO_LARGE);
        assertThatThrownBy(() -> at.nonNegative(-1)).hasMessageContaining("must be a number >= 0, got -1");
        assertThatThrownBy(() -> at.nonNegative(1e12)).hasMessageContaining(FieldAt.TOO_LARGE);
        assertThatThrownBy(() -> at.service(2e9, 1e6, 1000)).hasMessageContaining("the job's service time")
                .hasMessageContaining(FieldAt.TOO_LARGE);
    }

    private static boolean throwsInput(Runnable check) {
        try {
            check.run();
            return false;
        } catch (InputException e) {
            return true;
        }
    }
}
