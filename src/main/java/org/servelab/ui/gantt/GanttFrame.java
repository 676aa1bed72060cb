package org.servelab.ui.gantt;

/**
 * What one paint of the chart shows: the size of the drawing surface, the time window mapped onto the
 * plot's width, how far the rows are scrolled, the row height and the now-line. The view makes one per
 * paint from its properties; the export makes one covering the whole run.
 *
 * @param width      surface width in pixels
 * @param height     surface height in pixels
 * @param timeStart  time at the plot's left edge
 * @param timeEnd    time at the plot's right edge (greater than {@code timeStart})
 * @param rowScroll  pixels of rows scrolled off the top
 * @param rowHeight  pixels per row
 * @param now        slices are drawn up to this time; {@code +inf} draws everything
 */
public record GanttFrame(double width, double height, double timeStart, double timeEnd, double rowScroll,
                         double rowHeight, double now) {

    public GanttFrame {
        if (!(timeEnd > timeStart)) {
            throw new IllegalArgumentException("empty time window [" + timeStart + ", " + timeEnd + "]");
        }
        if (!(rowHeight > 0)) {
            throw new IllegalArgumentException("row height must be positive, got " + rowHeight);
        }
        if (Double.isNaN(now)) {
            now = Double.POSITIVE_INFINITY;
        }
    }

    /** The same frame at another time. */
    public GanttFrame withNow(double t) {
        return new GanttFrame(width, height, timeStart, timeEnd, rowScroll, rowHeight, t);
    }
}
