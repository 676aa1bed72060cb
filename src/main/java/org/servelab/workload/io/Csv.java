package org.servelab.workload.io;

import java.util.ArrayList;
import java.util.List;

import org.servelab.workload.Decimals;

/**
 * The CSV codec of every file ServeLab reads or writes (traces, results, sweeps, token logs): one line at a
 * time, fields separated by commas. Reading, unquoted values are trimmed ({@code "157 ,48"} is 157 and 48); a
 * value in double quotes keeps its spaces and commas, with {@code ""} standing for one quote. Writing, a field
 * is quoted when it would not read back as itself.
 */
public final class Csv {

    private Csv() {
    }

    /** The values of one line, or throws {@link IllegalArgumentException} with the reason when quotes do not match. */
    public static List<String> split(String line) {
        List<String> values = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i = quoted(line, i + 1, sb);
                values.add(sb.toString());
                while (i < n && isBlank(line.charAt(i))) {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote (value " + values.size() + ")");
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                values.add(line.substring(i, end).trim());
                i = end;
            }
            if (i >= n) {
                return values;
            }
            i++;
        }
    }

    private static int quoted(String line, int i, StringBuilder sb) {
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < n && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            sb.append(c);
            i++;
        }
        throw new IllegalArgumentException("a quoted value has no closing quote");
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * The text as one field: quoted (RFC 4180) when it holds a comma, a quote or a line break, has spaces at
     * either end, or starts with {@code #} (a comment line in a trace); otherwise as it is.
     */
    public static String field(String value) {
        boolean plain = value.equals(value.trim()) && value.indexOf(',') < 0 && value.indexOf('"') < 0
                && value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && !value.startsWith("#");
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A number as a field: whole without a decimal point, else its shortest exact form; empty when not finite. */
    public static String number(double v) {
        return Double.isFinite(v) ? Decimals.exact(v) : "";
    }

    /** Whether the text has a line break, which a field read one line at a time cannot hold. */
    public static boolean hasLineBreak(String value) {
        return value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    }
}
