package org.servelab.metrics.io;

/** CSV cells: numbers that read back to the same double, text quoted when it must be (RFC 4180). */
public final class Csv {

    private Csv() {
    }

    /** An integer-valued number without a decimal point, anything else in its shortest exact form; empty when not finite. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** The text as one cell: quoted when it holds a comma, a quote or a line break. */
    public static String text(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
