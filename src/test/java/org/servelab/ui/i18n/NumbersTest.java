package org.servelab.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One number format for the whole window; long times in seconds, minutes and hours; errors in Chinese. */
class NumbersTest {

    @Test
    void theSameQuantityGetsTheSameDecimalsAndThousandsAreGrouped() {
        assertThat(Numbers.number(20.0 / 3)).isEqualTo("6.667");
        assertThat(Numbers.number(200.0 / 3)).isEqualTo("66.67");
        assertThat(Numbers.number(2000.0 / 3)).isEqualTo("666.7");
        assertThat(Numbers.number(20000.0 / 3)).isEqualTo("6,666.7");
        assertThat(Numbers.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(Numbers.number(3)).isEqualTo("3");
        assertThat(Numbers.number(Double.NaN)).isEqualTo("–");
        assertThat(Messages.of(Locale.ENGLISH).number(11_083.4)).isEqualTo(Numbers.number(11_083.4));
        assertThat(org.servelab.ui.gantt.GanttText.number(11_083.4)).as("the Gantt chart agrees").isEqualTo("11,083.4");
    }

    @Test
    void groupingIsTheFormattersOnEveryScale() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            double v = (random.nextBoolean() ? -1 : 1) * Math.pow(10, random.nextDouble() * 14 - 4)
                    * random.nextDouble();
            java.math.BigDecimal d = java.math.BigDecimal.valueOf(v)
                    .setScale(Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 10 ? 2 : 3, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            String expected = d.signum() == 0 ? "0" : String.format(Locale.ROOT, "%,." + d.scale() + "f", d);
            assertThat(Numbers.number(v)).as("%s", v).isEqualTo(expected);
            double seconds = random.nextDouble() * 3600;
            long tenths = Math.round(seconds * 10);
            String minutes = tenths / 600 + " min " + String.format(Locale.ROOT, "%04.1f", (tenths % 600) / 10.0) + " s";
            if (seconds >= 60) {
                assertThat(Numbers.time(seconds, "s", 1)).as("%s s", seconds).isEqualTo(minutes);
            }
            long n = random.nextLong() >> random.nextInt(63);
            assertThat(Numbers.count(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }

    @Test
    void longRunsReadInSecondsMinutesAndHours() {
        assertThat(Numbers.time(850, "ms", 1e-3)).isEqualTo("850 ms");
        assertThat(Numbers.time(12_345, "ms", 1e-3)).isEqualTo("12.35 s");
        assertThat(Numbers.time(125_300, "ms", 1e-3)).isEqualTo("2 min 05.3 s");
        assertThat(Numbers.time(3_725_000, "ms", 1e-3)).isEqualTo("1 h 02 min");
        assertThat(Numbers.time(42, "s", 1)).isEqualTo("42 s");
    }

    @Test
    void errorDetailsAreTranslated() {
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(ErrorText.of("must be a number, got \"abc\"", zh)).isEqualTo("必须是数字，实际是 \"abc\"");
        assertThat(ErrorText.of("job J3 needs 80 KV blocks of 16 tokens (1280 tokens) but the capacity is 40 blocks:"
                + " it could never run; raise --kv-blocks or set --max-output", zh))
                .isEqualTo("作业 J3 需要 80 个 KV 块，但显存只有 40 块");
        assertThat(ErrorText.of("must be a number, got \"abc\"", Messages.of(Locale.ENGLISH)))
                .isEqualTo("must be a number, got \"abc\"");
    }
}
