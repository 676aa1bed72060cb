package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "157", "-3", "+4", "2.5", ".5", "5.", "1e3", "1.0E-5", "-2.5e+2", "0012",
            "12345678901234567890"})
    void acceptsDecimals(String text) {
        assertThat(Numbers.parseDecimal(text)).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "e3", "1e", "1e+", "NaN", "Infinity", "-Infinity", "0x10", "5d", "5f",
            "1,5", "1 5", "1.2.3", "abc", "--1"})
    void rejectsEverythingElse(String text) {
        assertThat(Numbers.parseDecimal(text)).isNull();
    }
}
