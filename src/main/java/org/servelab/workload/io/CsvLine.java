package org.servelab.workload.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into values. Unquoted values are trimmed ({@code "157 ,48"} is 157 and 48); a
 * value in double quotes keeps its spaces and commas, with {@code ""} standing for one quote. A quoted
 * value cannot span lines.
 */
final class CsvLine {

    private CsvLine() {
    }

    /** The values, or throws {@link IllegalArgumentException} with the reason when quotes do not match. */
    static List<String> split(String line) {
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

    /** The value as a CSV field: quoted when it would not read back as itself. */
    static String quote(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a CSV value cannot contain a line break: " + value);
        }
        boolean plain = !value.isEmpty() && value.equals(value.trim()) && value.indexOf(',') < 0
                && value.indexOf('"') < 0 && value.charAt(0) != '#';
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
