package org.servelab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.servelab.engine.Schedule;
import org.servelab.ui.gantt.GanttFrame;
import org.servelab.ui.gantt.GanttGeometry;
import org.servelab.ui.gantt.GanttPainter;
import org.servelab.ui.gantt.GanttText;
import org.servelab.ui.gantt.ScheduleIndex;

/**
 * The whole Gantt chart of a run (every job, all time, not a viewport) as a PNG, drawn by the same
 * {@link GanttPainter} as the on-screen view. Large charts are rendered in tiles and stitched.
 *
 * <p>Callable from the JavaFX thread and from any other thread (the command line), where it starts the
 * toolkit without a window through {@link FxPlatform}.
 */
public final class GanttExporter {

    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 20_000;
    /** Row height when the image is not too large; big runs get thinner rows. */
    public static final int ROW_HEIGHT = 18;
    /** At most this many pixels (about 480 MB in memory): rows shrink to fit, down to one pixel. */
    public static final long MAX_PIXELS = 120_000_000L;
    /** Room after the last finish for its JCT label. */
    private static final double END_PAD_PX = 64;
    /** Room before time 0 so that arrival marks at 0 are not cut. */
    private static final double START_PAD_PX = 6;
    /** White space between the panels of several runs. */
    static final int PANEL_GAP_PX = 12;

    private GanttExporter() {
    }

    /** Renders the whole run at {@code widthPx} and writes it as a PNG, atomically. */
    public static void exportPng(Schedule schedule, double now, int widthPx, Path out) throws IOException {
        BufferedImage image = render(schedule, now, widthPx);
        PngFiles.write(image, out);
    }

    /** Renders the whole run as an image {@code widthPx} wide. */
    public static BufferedImage render(Schedule schedule, double now, int widthPx) {
        if (schedule == null) {
            throw new IllegalArgumentException("no schedule to export");
        }
        return render(List.of(schedule), now, widthPx);
    }

    /**
     * Renders several runs one under the other, each with its own legend (its policy) and rows, all on one
     * time axis from the earliest arrival to the last finish of any of them.
     */
    public static BufferedImage render(List<Schedule> schedules, double now, int widthPx) {
        checkWidth(widthPx);
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException("no schedule to export");
        }
        int rows = 0;
        double start = 0;
        double end = 0;
        for (Schedule s : schedules) {
            rows += s.jobs();
            start = Math.min(start, s.jobs() == 0 ? 0 : s.arrival(s.trace().byArrival(0)));
            end = Math.max(end, s.end());
        }
        int rowHeight = rowHeight(rows, schedules.size(), widthPx);
        int[] top = new int[schedules.size() + 1];
        for (int k = 0; k < schedules.size(); k++) {
            int h = (int) Math.ceil(GanttGeometry.heightFor(schedules.get(k).jobs(), rowHeight));
            top[k + 1] = top[k] + h + (k + 1 < schedules.size() ? PANEL_GAP_PX : 0);
        }
        double from = start;
        double to = Math.max(end, start + 1e-9);
        int height = top[schedules.size()];
        return FxPlatform.call(() -> {
            GanttPainter[] painters = new GanttPainter[schedules.size()];
            GanttFrame[] frames = new GanttFrame[schedules.size()];
            for (int k = 0; k < schedules.size(); k++) {
                painters[k] = new GanttPainter(new ScheduleIndex(schedules.get(k)), new GanttText());
                int h = top[k + 1] - top[k] - (k + 1 < schedules.size() ? PANEL_GAP_PX : 0);
                frames[k] = frame(painters[k], from, to, now, widthPx, h, rowHeight);
            }
            return TiledSnapshot.render(widthPx, height, (gc, x, y, w, h) -> {
                for (int k = 0; k < painters.length; k++) {
                    double oy = top[k];
                    double ph = frames[k].height();
                    if (y + h <= oy || y >= oy + ph) {
                        continue;
                    }
                    gc.save();
                    gc.translate(0, oy);
                    double cy = Math.max(0, y - oy);
                    painters[k].paint(gc, frames[k], x, cy, w, Math.min(ph, y + h - oy) - cy);
                    gc.restore();
                }
            });
        });
    }

    /** The height of the image {@link #render} makes for this schedule and width. */
    public static int heightFor(Schedule schedule, int widthPx) {
        checkWidth(widthPx);
        return (int) Math.ceil(GanttGeometry.heightFor(schedule.jobs(), rowHeight(schedule.jobs(), 1, widthPx)));
    }

    /** @throws IllegalArgumentException when the width is outside {@value #MIN_WIDTH}..{@value #MAX_WIDTH} */
    public static void checkWidth(int widthPx) {
        if (widthPx < MIN_WIDTH || widthPx > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be between " + MIN_WIDTH + " and " + MAX_WIDTH
                    + " pixels, got " + widthPx);
        }
    }

    /** Row height for {@code rows} rows in {@code panels} panels, each with its legend and axis. */
    static int rowHeight(int rows, int panels, int widthPx) {
        double chrome = panels * (GanttGeometry.heightFor(0, 1) + PANEL_GAP_PX);
        long maxHeight = MAX_PIXELS / widthPx;
        if (rows == 0 || chrome + (long) rows * ROW_HEIGHT <= maxHeight) {
            return ROW_HEIGHT;
        }
        int h = (int) Math.floor((maxHeight - chrome) / rows);
        if (h < 1) {
            throw new IllegalArgumentException(rows + " jobs do not fit in an image " + widthPx
                    + " pixels wide (at most " + MAX_PIXELS / 1_000_000 + " megapixels); use a smaller width");
        }
        return h;
    }

    private static GanttFrame frame(GanttPainter painter, double start, double end, double now, int width,
                                    int height, int rowHeight) {
        double plotW = width - painter.labelWidth() - GanttGeometry.RIGHT_PAD;
        double perPx = (end - start) / Math.max(1, plotW - END_PAD_PX - START_PAD_PX);
        return new GanttFrame(width, height, start - START_PAD_PX * perPx, end + END_PAD_PX * perPx, 0, rowHeight,
                Double.isNaN(now) ? Double.POSITIVE_INFINITY : now);
    }
}
