package org.servelab.experiment.plot;

import java.util.List;

/**
 * One chart of a figure.
 *
 * @param title     the chart's title
 * @param xLabel    x axis label, with its unit
 * @param yLabel    y axis label, with its unit
 * @param series    the lines
 * @param reference y of a dashed horizontal reference line (such as a ratio of 1), or {@code NaN}
 */
public record Panel(String title, String xLabel, String yLabel, List<Series> series, double reference) {

    public Panel {
        series = List.copyOf(series);
    }
}
