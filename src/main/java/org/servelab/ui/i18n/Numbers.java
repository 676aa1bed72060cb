package org.servelab.ui.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one number and time format of the window, its charts and its exports: the same quantity always gets
 * the same decimals, thousands are grouped everywhere, and long times read in seconds, minutes and hours.
 *
 * <p>Numbers keep at most three decimals below 10, two below 100, one below 1,000 and beyond, with trailing
 * zeros dropped: {@code 6.667}, {@code 66.67}, {@code 666.7}, {@code 6,666.7}, {@code 6,667}.
 */
public final class Numbers {

    private Numbers() {
    }

    /** A number for people; {@code –} when unknown, {@code ∞} when infinite. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        double a = Math.abs(v);
        int decimals = a >= 100 ? 1 : a >= 10 ? 2 : 3;
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        if (d.signum() == 0) {
            return "0";
        }
        return grouped(d.toPlainString());
    }

    /** A whole count with grouping: {@code 12,345}. */
    public static String count(long n) {
        return grouped(Long.toString(n));
    }

    /**
     * Inserts a comma between each group of three digits of the whole part of a plain decimal ("-6666.7" to
     * "-6,666.7"), as {@code String.format(Locale.ROOT, "%,f")} does, without building a formatter (the
     * window formats hundreds of numbers a frame).
     */
    private static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        int digits = end - start;
        if (digits <= 3) {
            return plain;
        }
        StringBuilder sb = new StringBuilder(plain.length() + digits / 3);
        sb.append(plain, 0, start);
        int first = digits % 3 == 0 ? 3 : digits % 3;
        sb.append(plain, start, start + first);
        for (int i = start + first; i < end; i += 3) {
            sb.append(',').append(plain, i, i + 3);
        }
        sb.append(plain, end, plain.length());
        return sb.toString();
    }

    /**
     * A time in the trace's unit, switching to seconds, minutes and hours once it is long: {@code 850 ms},
     * {@code 12.35 s}, {@code 2 min 05.3 s}, {@code 1 h 02 min}. {@code seconds} is the length of one unit.
     */
    public static String time(double v, String unit, double seconds) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return number(v);
        }
        double s = v * seconds;
        double a = Math.abs(s);
        if (a < 10 || seconds >= 1 && a < 60) {
            return number(v) + " " + unit;
        }
        if (a < 60) {
            return number(s) + " s";
        }
        String sign = s < 0 ? "-" : "";
        if (a < 3600) {
            long tenths = Math.round(a * 10);
            long min = tenths / 600;
            long sec = tenths - 600 * min;
            return sign + min + " min " + (sec < 100 ? "0" : "") + sec / 10 + "." + sec % 10 + " s";
        }
        long h = (long) Math.floor(a / 3600);
        long min = (long) Math.floor((a - 3600 * h) / 60);
        return sign + count(h) + " h " + (min < 10 ? "0" : "") + min + " min";
    }
}
