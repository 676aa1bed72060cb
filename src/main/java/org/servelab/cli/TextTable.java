package org.servelab.cli;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.servelab.workload.Decimals;

/** A plain-text table with columns padded to their widest cell; numbers right-aligned. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Decimals.fixed(v, 3, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                boolean numeric = c > 0 && r[c].matches("-?[0-9.]+(e-?[0-9]+)?|-");
                String cell = numeric ? pad(r[c], width[c], true) : pad(r[c], width[c], false);
                line.append(cell).append(c < r.length - 1 ? "  " : "");
            }
            sb.append(line.toString().replaceAll("\\s+$", "")).append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int w, boolean left) {
        String spaces = " ".repeat(Math.max(0, w - s.length()));
        return left ? spaces + s : s + spaces;
    }
}
