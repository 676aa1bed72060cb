package org.servelab.workload.generate;

import java.util.Locale;

import org.servelab.workload.InputException;

/**
 * Reads one length distribution as the user writes it: {@code fixed:N}, {@code zipf:THETA:MAX} or
 * {@code lognormal:MEAN:SIGMA[:MAX]}.
 */
public final class LengthDistributions {

    static final String FORMS = "fixed:N, zipf:THETA:MAX or lognormal:MEAN:SIGMA[:MAX], each optionally N+ (N tokens added)";

    private LengthDistributions() {
    }

    /**
     * Parses {@code text}.
     *
     * @param option the flag the text came from, named in error messages
     * @throws InputException naming {@code option} when the text is not a distribution
     */
    public static LengthDistribution parse(String text, String option) {
        int plus = text.indexOf('+');
        if (plus > 0) {
            int offset = integer(text.substring(0, plus).trim(), text, option);
            try {
                return new ShiftedLength(offset, parse(text.substring(plus + 1), option));
            } catch (IllegalArgumentException e) {
                throw InputException.parameter(option, "\"" + text + "\": " + e.getMessage());
            }
        }
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":", -1);
        try {
            switch (parts[0]) {
                case "fixed":
                    arity(parts, 2, 2, text, option);
                    return new FixedLength(integer(parts[1], text, option));
                case "zipf":
                    arity(parts, 3, 3, text, option);
                    return new BoundedZipf(number(parts[1], text, option), integer(parts[2], text, option));
                case "lognormal":
                    arity(parts, 3, 4, text, option);
                    return new LogNormalLength(number(parts[1], text, option), number(parts[2], text, option),
                            parts.length == 4 ? integer(parts[3], text, option) : LogNormalLength.DEFAULT_MAX);
                default:
                    throw InputException.parameter(option, "unknown length distribution \"" + text + "\"; write "
                            + FORMS);
            }
        } catch (IllegalArgumentException e) {
            throw InputException.parameter(option, "\"" + text + "\": " + e.getMessage());
        }
    }

    private static void arity(String[] parts, int min, int max, String text, String option) {
        if (parts.length < min || parts.length > max) {
            throw InputException.parameter(option, "\"" + text + "\" has the wrong number of fields; write " + FORMS);
        }
    }

    private static double number(String s, String text, String option) {
        try {
            double v = Double.parseDouble(s);
            if (Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw InputException.parameter(option, "\"" + text + "\": \"" + s + "\" is not a number");
        }
    }

    private static int integer(String s, String text, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw InputException.parameter(option, "\"" + text + "\": \"" + s + "\" is not a whole number");
        }
    }
}
