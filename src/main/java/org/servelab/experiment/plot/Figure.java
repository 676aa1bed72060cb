package org.servelab.experiment.plot;

/** A picture a sweep draws: line charts ({@link LineFigure}) or a heatmap ({@link HeatmapFigure}). */
public interface Figure {

    /** The PNG's file name, such as {@code jct-vs-load.png}. */
    String fileName();

    /** The title drawn above the figure. */
    String title();

    /** A line under the title saying what was averaged, what was left out. */
    String note();
}
