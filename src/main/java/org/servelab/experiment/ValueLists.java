package org.servelab.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servelab.workload.InputException;

/**
 * Reads the value lists of a sweep as the user writes them: {@code 1,2,4}, a range {@code 0.5:0.95:0.05}
 * (start, end inclusive, step), or both mixed ({@code 0.5:0.9:0.1,0.95}). Ranges are computed in decimal so
 * that {@code 0.5:0.95:0.05} gives exactly 0.5, 0.55, ..., 0.95.
 */
public final class ValueLists {

    /** Most values one list may expand to. */
    public static final int MAX_VALUES = 10_000;

    /** The word for the default quantum (the smallest iteration time of the trace). */
    public static final String AUTO = "auto";

    private ValueLists() {
    }

    /** Parses a list of numbers. */
    public static List<Double> numbers(String text, String option) {
        List<Double> out = new ArrayList<>();
        for (String item : items(text, option)) {
            if (item.indexOf(':') >= 0) {
                out.addAll(range(item, option));
            } else {
                out.add(number(item, option));
            }
            if (out.size() > MAX_VALUES) {
                throw InputException.parameter(option, "\"" + text + "\" gives more than " + MAX_VALUES + " values");
            }
        }
        return out;
    }

    /** Parses a list of numbers where {@code auto} stands for {@code NaN} (the default quantum). */
    public static List<Double> numbersOrAuto(String text, String option) {
        List<Double> out = new ArrayList<>();
        for (String item : items(text, option)) {
            if (AUTO.equals(item.toLowerCase(Locale.ROOT))) {
                out.add(Double.NaN);
            } else {
                out.addAll(numbers(item, option));
            }
        }
        return out;
    }

    /** Parses a list of whole numbers (ranges allowed: {@code 2:8:2}). */
    public static List<Integer> integers(String text, String option) {
        List<Integer> out = new ArrayList<>();
        for (double v : numbers(text, option)) {
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw InputException.parameter(option, "\"" + text + "\": " + format(v) + " is not a whole number");
            }
            out.add((int) v);
        }
        return out;
    }

    /** Splits at commas; a blank list or a blank item is an error. */
    public static List<String> items(String text, String option) {
        if (text == null || text.isBlank()) {
            throw InputException.parameter(option, "the list is empty");
        }
        List<String> out = new ArrayList<>();
        for (String s : text.split(",", -1)) {
            String t = s.trim();
            if (t.isEmpty()) {
                throw InputException.parameter(option, "\"" + text + "\" has an empty item");
            }
            out.add(t);
        }
        return out;
    }

    private static List<Double> range(String item, String option) {
        String[] p = item.split(":", -1);
        if (p.length != 3) {
            throw InputException.parameter(option, "\"" + item + "\": write a range as START:END:STEP");
        }
        BigDecimal start = decimal(p[0], item, option);
        BigDecimal end = decimal(p[1], item, option);
        BigDecimal step = decimal(p[2], item, option);
        if (step.signum() <= 0) {
            throw InputException.parameter(option, "\"" + item + "\": the step must be positive");
        }
        if (end.compareTo(start) < 0) {
            throw InputException.parameter(option, "\"" + item + "\": the end is below the start (an empty range)");
        }
        List<Double> out = new ArrayList<>();
        for (BigDecimal v = start; v.compareTo(end) <= 0; v = v.add(step)) {
            out.add(v.doubleValue());
            if (out.size() > MAX_VALUES) {
                throw InputException.parameter(option, "\"" + item + "\" gives more than " + MAX_VALUES + " values");
            }
        }
        return out;
    }

    private static BigDecimal decimal(String s, String item, String option) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw InputException.parameter(option, "\"" + item + "\": \"" + s + "\" is not a number");
        }
    }

    private static double number(String s, String option) {
        return decimal(s, s, option).doubleValue();
    }

    /** A number as lists and the CSV write it: {@code 2}, {@code 0.55}. */
    public static String format(double v) {
        return NumberText.of(v);
    }
}
