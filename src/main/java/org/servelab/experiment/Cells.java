package org.servelab.experiment;

import java.util.List;
import java.util.Locale;

import org.servelab.workload.InputException;
import org.servelab.workload.generate.Target;

/** Typed access to the fields of one sweep CSV row, with errors that name the file, line and column. */
final class Cells {

    private final String source;
    private final int line;
    private final List<String> fields;

    Cells(String source, int line, List<String> fields) {
        this.source = source;
        this.line = line;
        this.fields = fields;
    }

    String text(int i) {
        return fields.get(i);
    }

    double number(int i) {
        String s = fields.get(i).trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        if (s.equals("inf") || s.equals("-inf")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw bad(i, "is not a number");
        }
    }

    double quantum(int i) {
        return ValueLists.AUTO.equals(fields.get(i).trim()) ? Double.NaN : number(i);
    }

    int integer(int i) {
        try {
            return Integer.parseInt(fields.get(i).trim());
        } catch (NumberFormatException e) {
            throw bad(i, "is not a whole number");
        }
    }

    long whole(int i) {
        try {
            return Long.parseLong(fields.get(i).trim());
        } catch (NumberFormatException e) {
            throw bad(i, "is not a whole number");
        }
    }

    /** A whole number, or -1 for {@code auto}. */
    long orAuto(int i) {
        return ValueLists.AUTO.equals(fields.get(i).trim()) ? -1 : whole(i);
    }

    /** A whole number, or -1 for {@code none}. */
    int orNone(int i) {
        return "none".equals(fields.get(i).trim()) ? -1 : integer(i);
    }

    /** A time, or +inf for {@code none}. */
    double timeout(int i) {
        return "none".equals(fields.get(i).trim()) ? Double.POSITIVE_INFINITY : number(i);
    }

    int optionalInt(int i) {
        return fields.get(i).isBlank() ? 0 : integer(i);
    }

    boolean bool(int i) {
        String s = fields.get(i).trim();
        if (!s.equals("true") && !s.equals("false")) {
            throw bad(i, "is not true or false");
        }
        return s.equals("true");
    }

    Target.Kind target(int i) {
        String s = fields.get(i).trim().toUpperCase(Locale.ROOT);
        if (!s.equals("LOAD") && !s.equals("RATE")) {
            throw bad(i, "is not load or rate");
        }
        return Target.Kind.valueOf(s);
    }

    private InputException bad(int i, String problem) {
        return new InputException(source, line, SweepCsv.COLUMNS.get(i), "\"" + fields.get(i) + "\" " + problem);
    }
}
