package org.servelab.ui.plot;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

import org.servelab.experiment.NumberText;
import org.servelab.ui.export.NiceScale;

/**
 * The y axis of a chart: linear from 0, or logarithmic when the values span more than a factor of
 * {@link #LOG_SPAN} (FCFS's JCT near saturation would otherwise flatten every other line onto the floor).
 * JavaFX has no log axis, so a log chart plots {@code log10(v)} on a linear axis whose ticks are labelled
 * with {@code 10^t}.
 */
final class YScale {

    static final double LOG_SPAN = 30;

    private final boolean log;
    private final NumberAxis axis;

    private YScale(boolean log, NumberAxis axis) {
        this.log = log;
        this.axis = axis;
    }

    /**
     * @param allowLog whether a log scale may be chosen (not for ratios around a reference line)
     */
    static YScale of(double min, double max, String label, boolean allowLog) {
        boolean log = allowLog && min > 0 && max / min > LOG_SPAN;
        NumberAxis axis;
        if (log) {
            double lo = Math.floor(Math.log10(min));
            double hi = Math.ceil(Math.log10(max));
            axis = new NumberAxis(label + ", log scale", lo, hi, 1);
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number t) {
                    return NumberText.of(Math.pow(10, Math.rint(t.doubleValue())));
                }

                @Override
                public Number fromString(String s) {
                    return Math.log10(Double.parseDouble(s));
                }
            });
            axis.setMinorTickCount(0);
        } else {
            NiceScale ys = NiceScale.of(0, Math.max(max, 0) * 1.02, 5);
            axis = new NumberAxis(label, ys.lower(), ys.upper(), ys.tick());
        }
        axis.setMinorTickVisible(false);
        return new YScale(log, axis);
    }

    NumberAxis axis() {
        return axis;
    }

    /** Where a value goes on the axis. */
    double map(double v) {
        return log ? Math.log10(v) : v;
    }
}
