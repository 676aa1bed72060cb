package org.servelab.experiment.plot;

/**
 * The unit times are drawn in: the trace's own, or seconds when the numbers would be long (a JCT of
 * 42319.7 ms reads better as 42.3 s).
 *
 * @param symbol the unit's symbol
 * @param factor multiply a time in the trace's unit by this
 */
record DisplayUnit(String symbol, double factor) {

    /** The unit for times up to {@code max} in {@code traceUnit} ({@code us}, {@code ms} or {@code s}). */
    static DisplayUnit forMax(double max, String traceUnit) {
        double toSeconds = "us".equals(traceUnit) ? 1e-6 : "ms".equals(traceUnit) ? 1e-3 : 1;
        if (toSeconds < 1 && max * toSeconds >= 10) {
            return new DisplayUnit("s", toSeconds);
        }
        return new DisplayUnit(traceUnit, 1);
    }
}
