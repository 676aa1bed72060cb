package org.servelab.ui.gantt;

/**
 * Where things are in one frame: the legend strip on top, the time axis at the bottom, the job labels on
 * the left and the plot in between; converts between time and x and between row and y.
 */
public final class GanttGeometry {

    public static final double LEGEND_HEIGHT = 26;
    public static final double AXIS_HEIGHT = 32;
    public static final double RIGHT_PAD = 14;

    private final GanttFrame frame;
    private final double plotX;
    private final double plotY;
    private final double plotW;
    private final double plotH;
    private final double scale;

    /**
     * @param top  height of what is drawn above the plot (the legend, and a title when exported)
     * @param axis height of the time axis under the plot
     */
    public GanttGeometry(GanttFrame frame, double labelWidth, double top, double axis) {
        this.frame = frame;
        this.plotX = labelWidth;
        this.plotY = top;
        this.plotW = Math.max(1, frame.width() - labelWidth - RIGHT_PAD);
        this.plotH = Math.max(0, frame.height() - top - axis);
        this.scale = plotW / (frame.timeEnd() - frame.timeStart());
    }

    /** Surface height needed to show {@code rows} rows completely. */
    public static double heightFor(int rows, double rowHeight) {
        return heightFor(rows, rowHeight, LEGEND_HEIGHT);
    }

    /** Surface height needed to show {@code rows} rows completely below {@code top} pixels of legend and title. */
    public static double heightFor(int rows, double rowHeight, double top) {
        return top + rows * rowHeight + AXIS_HEIGHT;
    }

    public GanttFrame frame() {
        return frame;
    }

    public double plotX() {
        return plotX;
    }

    public double plotY() {
        return plotY;
    }

    public double plotWidth() {
        return plotW;
    }

    public double plotHeight() {
        return plotH;
    }

    /** Pixels per time unit. */
    public double scale() {
        return scale;
    }

    public double xOf(double t) {
        return plotX + (t - frame.timeStart()) * scale;
    }

    public double timeAt(double x) {
        return frame.timeStart() + (x - plotX) / scale;
    }

    /** Top of a row (may be outside the plot). */
    public double rowTop(int row) {
        return plotY + row * frame.rowHeight() - frame.rowScroll();
    }

    /** The row under y, or -1 when y is outside the plot. Not clamped to the number of rows. */
    public int rowAt(double y) {
        if (y < plotY || y >= plotY + plotH) {
            return -1;
        }
        return (int) Math.floor((y - plotY + frame.rowScroll()) / frame.rowHeight());
    }

    /** Whether (x, y) is inside the plot. */
    public boolean inPlot(double x, double y) {
        return x >= plotX && x < plotX + plotW && y >= plotY && y < plotY + plotH;
    }
}
