package org.servelab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.servelab.engine.Schedule;
import org.servelab.ui.gantt.GanttFrame;
import org.servelab.ui.gantt.GanttGeometry;
import org.servelab.ui.gantt.GanttPainter;
import org.servelab.ui.gantt.GanttText;
import org.servelab.ui.gantt.ScheduleIndex;
import org.servelab.ui.model.ScheduleTimeline;
import org.servelab.ui.model.Timeline;

/**
 * The whole Gantt chart of a run (every job, all time, not a viewport) as a PNG, drawn by the same
 * {@link GanttPainter} as the on-screen view, under a title line naming the trace, the policy and its
 * settings. Several runs of one trace are stacked as panels on one time scale. Large charts are rendered in
 * tiles and stitched; small ones get taller rows, so that three jobs do not make a strip.
 *
 * <p>Callable from the JavaFX thread and from any other thread (the command line), where it starts the
 * toolkit without a window through {@link FxPlatform}.
 */
public final class GanttExporter {

    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 20_000;
    /** Row height when the image is not too large; big runs get thinner rows. */
    public static final int ROW_HEIGHT = 18;
    /** Rows of a run with few jobs grow up to this, so that the plot is at least {@link #MIN_PLOT} tall. */
    static final int MAX_ROW_HEIGHT = 36;
    static final int MIN_PLOT = 150;
    /** At most this many pixels (about 480 MB in memory): rows shrink to fit, down to one pixel. */
    public static final long MAX_PIXELS = 120_000_000L;
    /** Room after the last finish for its JCT label. */
    private static final double END_PAD_PX = 64;
    /** Room before time 0 so that arrival marks at 0 are not cut. */
    private static final double START_PAD_PX = 6;

    private GanttExporter() {
    }

    /** Renders the whole run at {@code widthPx} and writes it as a PNG, atomically. */
    public static void exportPng(Schedule schedule, double now, int widthPx, Path out) throws IOException {
        PngFiles.write(render(schedule, now, widthPx), out);
    }

    /** Renders the whole run as an image {@code widthPx} wide. */
    public static BufferedImage render(Schedule schedule, double now, int widthPx) {
        if (schedule == null) {
            throw new IllegalArgumentException("no schedule to export");
        }
        return render(List.of(new ScheduleTimeline(schedule)), now, widthPx);
    }

    /**
     * Renders several runs of one trace, one panel each, stacked on one time scale, and writes a PNG;
     * returns the image's height.
     */
    public static int exportPng(List<? extends Timeline> runs, double now, int widthPx, Path out) throws IOException {
        BufferedImage image = render(runs, now, widthPx);
        PngFiles.write(image, out);
        return image.getHeight();
    }

    /** Renders runs of one trace as panels stacked on one time scale. */
    public static BufferedImage render(List<? extends Timeline> runs, double now, int widthPx) {
        checkWidth(widthPx);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no schedule to export");
        }
        return FxPlatform.call(() -> {
            List<Panel> panels = panels(runs, widthPx);
            int height = 0;
            for (Panel p : panels) {
                height += p.height;
            }
            double start = 0;
            double end = 1e-9;
            for (Timeline t : runs) {
                start = Math.min(start, t.jobs() == 0 ? 0 : t.arrival(t.trace().byArrival(0)));
                end = Math.max(end, t.end());
            }
            double[] window = window(panels.get(0).painter, start, end, widthPx);
            double frameNow = Double.isNaN(now) ? Double.POSITIVE_INFINITY : now;
            int total = height;
            return TiledSnapshot.render(widthPx, total, (gc, x, y, w, h) -> {
                int top = 0;
                for (Panel p : panels) {
                    if (y < top + p.height && y + h > top) {
                        GanttFrame frame = new GanttFrame(widthPx, p.height, window[0], window[1], 0, p.rowHeight,
                                frameNow);
                        gc.save();
                        gc.translate(0, top);
                        double y0 = Math.max(y, top) - top;
                        double y1 = Math.min(y + h, top + p.height) - top;
                        p.painter.paint(gc, frame, x, y0, w, y1 - y0);
                        gc.restore();
                    }
                    top += p.height;
                }
            });
        });
    }

    private record Panel(GanttPainter painter, int rowHeight, int height) {
    }

    private static List<Panel> panels(List<? extends Timeline> runs, int widthPx) {
        List<Panel> out = new ArrayList<>();
        GanttText text = new GanttText();
        int rowsTotal = 0;
        for (Timeline t : runs) {
            rowsTotal += t.jobs();
        }
        for (Timeline t : runs) {
            GanttPainter painter = new GanttPainter(new ScheduleIndex(t), text, false, title(text, t));
            double top = painter.top(widthPx);
            int rowHeight = rowHeight(t.jobs(), rowsTotal, widthPx, top);
            int height = (int) Math.ceil(GanttGeometry.heightFor(t.jobs(), rowHeight, top));
            out.add(new Panel(painter, rowHeight, height));
        }
        return out;
    }

    /** The title line: trace, policy with its settings, number of jobs. */
    public static String title(GanttText text, Timeline t) {
        return text.title(t.trace().name(), t.description(), t.jobs());
    }

    /** The height of the image {@link #render} makes for this schedule and width. */
    public static int heightFor(Schedule schedule, int widthPx) {
        checkWidth(widthPx);
        Timeline t = new ScheduleTimeline(schedule);
        return FxPlatform.call(() -> {
            int h = 0;
            for (Panel p : panels(List.of(t), widthPx)) {
                h += p.height;
            }
            return h;
        });
    }

    /** @throws IllegalArgumentException when the width is outside {@value #MIN_WIDTH}..{@value #MAX_WIDTH} */
    public static void checkWidth(int widthPx) {
        if (widthPx < MIN_WIDTH || widthPx > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be between " + MIN_WIDTH + " and " + MAX_WIDTH
                    + " pixels, got " + widthPx);
        }
    }

    static int rowHeight(int rows, int widthPx) {
        return rowHeight(rows, rows, widthPx, GanttGeometry.LEGEND_HEIGHT);
    }

    /** Rows of one panel when {@code allRows} rows of every panel share the image's pixel budget. */
    static int rowHeight(int rows, int allRows, int widthPx, double top) {
        double chrome = top + GanttGeometry.AXIS_HEIGHT;
        long maxHeight = MAX_PIXELS / widthPx;
        if (rows == 0) {
            return ROW_HEIGHT;
        }
        if (chrome + (long) allRows * ROW_HEIGHT <= maxHeight) {
            return Math.max(ROW_HEIGHT, Math.min(MAX_ROW_HEIGHT, (int) Math.ceil((double) MIN_PLOT / rows)));
        }
        int h = (int) Math.floor((maxHeight - chrome * Math.max(1, allRows / Math.max(1, rows))) / allRows);
        if (h < 1) {
            throw new IllegalArgumentException(allRows + " jobs do not fit in an image " + widthPx
                    + " pixels wide (at most " + MAX_PIXELS / 1_000_000 + " megapixels); use a smaller width");
        }
        return h;
    }

    private static double[] window(GanttPainter painter, double start, double end, int width) {
        double plotW = width - painter.labelWidth() - GanttGeometry.RIGHT_PAD;
        double perPx = (end - start) / Math.max(1, plotW - END_PAD_PX - START_PAD_PX);
        return new double[] {start - START_PAD_PX * perPx, end + END_PAD_PX * perPx};
    }
}
