package org.servelab.ui.gantt;

import java.util.Optional;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.servelab.engine.Schedule;

/**
 * Draws a schedule's Gantt chart on any {@link GraphicsContext}: the on-screen view and the PNG export
 * both call this, so they look the same.
 *
 * <p>Only what intersects the clip rectangle is drawn: the visible rows are computed from the row scroll,
 * and each row binary-searches its own slices (through {@link ScheduleIndex}) for the first one ending
 * after the window's start, so the cost of a paint grows with what is visible, not with the run. Decode
 * iterations narrower than a few pixels are drawn as one bar per slice. Nothing after {@code now} is
 * drawn; a job that has not arrived by {@code now} gets an empty row.
 */
public final class GanttPainter {

    /** Row height of the on-screen chart. */
    public static final double VIEW_ROW_HEIGHT = 20;
    /** Rows narrower than this get no labels, markers or JCT text, only bars. */
    static final double DETAIL_ROW_HEIGHT = 11;
    private static final double MIN_TICK_SPACING = 90;
    private static final double MIN_ITERATION_PX = 4;

    private final ScheduleIndex index;
    private final Schedule schedule;
    private final GanttText text;
    private final String unit;
    private final Font labelFont = Font.font(11);
    private final Font smallFont = Font.font(10);
    private final Font titleFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
    private final GanttLegend legend;
    private final LevelFills fills;
    private final double labelWidth;

    public GanttPainter(ScheduleIndex index, GanttText text) {
        this.index = index;
        this.schedule = index.schedule();
        this.text = text;
        this.unit = schedule.trace().timeUnit().symbol();
        this.fills = new LevelFills(schedule.levels());
        this.legend = new GanttLegend(schedule, text, labelFont, titleFont, fills);
        this.labelWidth = measureLabelColumn();
    }

    private double measureLabelColumn() {
        String longest = text.axis(unit);
        for (int j = 0; j < schedule.jobs(); j++) {
            String id = schedule.trace().id(j);
            if (id.length() > longest.length()) {
                longest = id;
            }
        }
        return Math.max(64, Math.min(180, TextMetrics.width(longest, labelFont) + 18));
    }

    public ScheduleIndex index() {
        return index;
    }

    /** Width of the job-label column on the left. */
    public double labelWidth() {
        return labelWidth;
    }

    public GanttGeometry geometry(GanttFrame frame) {
        return new GanttGeometry(frame, labelWidth);
    }

    /** The iteration drawn at (x, y), found by row and time lookup; empty outside the plot or in a gap. */
    public Optional<GanttHit> hitTest(GanttFrame frame, double x, double y) {
        GanttGeometry g = geometry(frame);
        if (!g.inPlot(x, y)) {
            return Optional.empty();
        }
        return index.hit(g.rowAt(y), g.timeAt(x), frame.now());
    }

    /** Tooltip text of a hit. */
    public String tooltip(GanttHit hit) {
        return text.tooltip(hit, schedule.trace().id(hit.job()), unit);
    }

    /** Paints the whole frame; returns the number of bars drawn. */
    public int paint(GraphicsContext gc, GanttFrame frame) {
        return paint(gc, frame, 0, 0, frame.width(), frame.height());
    }

    /**
     * Paints the part of the frame inside the clip rectangle (surface coordinates; the caller may have
     * translated {@code gc} to render one tile of a large surface). Returns the number of bars drawn.
     */
    public int paint(GraphicsContext gc, GanttFrame frame, double cx, double cy, double cw, double ch) {
        GanttGeometry g = geometry(frame);
        gc.save();
        gc.setFill(GanttPalette.BACKGROUND);
        gc.fillRect(cx, cy, cw, ch);
        int r0 = Math.max(0, (int) Math.floor((Math.max(cy, g.plotY()) - g.plotY() + frame.rowScroll()) / frame.rowHeight()));
        int r1 = Math.min(index.rows() - 1,
                (int) Math.floor((Math.min(cy + ch, g.plotY() + g.plotHeight()) - g.plotY() + frame.rowScroll())
                        / frame.rowHeight()));
        double tLo = Math.max(frame.timeStart(), g.timeAt(Math.max(cx, g.plotX())));
        double tHi = Math.min(frame.timeEnd() + GanttGeometry.RIGHT_PAD / g.scale(),
                g.timeAt(Math.min(cx + cw, frame.width())));
        int bars = 0;
        paintStripesAndLabels(gc, g, r0, r1);
        paintGrid(gc, g, cx, cw);
        for (int r = r0; r <= r1; r++) {
            bars += paintRow(gc, g, r, tLo, tHi);
        }
        gc.setStroke(GanttPalette.GRID);
        gc.setLineWidth(1);
        gc.strokeLine(g.plotX() - 0.5, g.plotY(), g.plotX() - 0.5, g.plotY() + g.plotHeight());
        if (cy < GanttGeometry.LEGEND_HEIGHT) {
            legend.paint(gc, frame.width());
        }
        if (cy + ch > g.plotY() + g.plotHeight()) {
            paintAxis(gc, g, cx, cw);
        }
        paintNow(gc, g);
        gc.restore();
        return bars;
    }

    private void paintStripesAndLabels(GraphicsContext gc, GanttGeometry g, int r0, int r1) {
        double rh = g.frame().rowHeight();
        double now = g.frame().now();
        boolean labels = rh >= DETAIL_ROW_HEIGHT;
        gc.setFont(labelFont);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int r = r0; r <= r1; r++) {
            double y = g.rowTop(r);
            if ((r & 1) == 1) {
                gc.setFill(GanttPalette.ROW_STRIPE);
                gc.fillRect(0, y, g.frame().width(), rh);
            }
            int job = index.jobAtRow(r);
            if (labels && schedule.arrival(job) <= now) {
                gc.setFill(GanttPalette.TEXT);
                gc.fillText(schedule.trace().id(job), 8, y + rh / 2, labelWidth - 12);
            }
        }
    }

    private void paintGrid(GraphicsContext gc, GanttGeometry g, double cx, double cw) {
        double step = TimeTicks.step(g.scale(), MIN_TICK_SPACING);
        gc.setStroke(GanttPalette.GRID);
        gc.setLineWidth(1);
        double top = g.plotY();
        double bottom = g.plotY() + g.plotHeight();
        double from = Math.max(g.frame().timeStart(), g.timeAt(cx));
        double to = Math.min(g.frame().timeEnd(), g.timeAt(cx + cw));
        long k0 = (long) Math.ceil(from / step - 1e-9);
        for (long k = k0; k * step <= to + 1e-9 * step; k++) {
            double x = Math.round(g.xOf(k * step)) + 0.5;
            gc.strokeLine(x, top, x, bottom);
        }
    }

    private int paintRow(GraphicsContext gc, GanttGeometry g, int row, double tLo, double tHi) {
        int job = index.jobAtRow(row);
        double now = g.frame().now();
        double arrival = schedule.arrival(job);
        if (arrival > now) {
            return 0;
        }
        double y = g.rowTop(row);
        double rh = g.frame().rowHeight();
        double finish = schedule.finish(job);
        boolean finished = !Double.isNaN(finish) && finish <= now;
        double lifeEnd = finished ? finish : Math.min(now, schedule.end());
        if (lifeEnd > tLo && arrival < tHi) {
            gc.setFill(GanttPalette.WAITING);
            fillSpan(gc, g, arrival, lifeEnd, y + rh * 0.32, rh * 0.36);
        }
        int bars = 0;
        double visibleEnd = Math.min(tHi, now);
        for (int k = index.firstEndingAfter(job, tLo); k < index.sliceCount(job); k++) {
            int s = index.slice(job, k);
            if (schedule.sliceStart(s) >= visibleEnd) {
                break;
            }
            bars += paintSlice(gc, g, s, y, rh, tLo, visibleEnd);
        }
        boolean detail = rh >= DETAIL_ROW_HEIGHT;
        double margin = 100 / g.scale();
        if (arrival >= frameStart(g) && arrival <= tHi) {
            paintArrival(gc, g.xOf(arrival), y, rh, detail);
        }
        if (finished && finish >= Math.max(frameStart(g), tLo - margin) && finish <= tHi + margin) {
            paintFinish(gc, g.xOf(finish), y, rh, detail ? text.jct(schedule.jct(job)) : null);
        }
        return bars;
    }

    /** Draws the iterations of slice s between {@code tLo} and {@code tHi} (tHi already clipped at now). */
    private int paintSlice(GraphicsContext gc, GanttGeometry g, int s, double y, double rh, double tLo, double tHi) {
        int job = schedule.sliceJob(s);
        int level = schedule.sliceLevel(s);
        double start = schedule.sliceStart(s);
        double end = Math.min(schedule.sliceEnd(s), g.frame().now());
        double decodeStart = start;
        int decodes = schedule.sliceIterations(s);
        int bars = 0;
        if (schedule.sliceFirstToken(s) == 1) {
            double prefillEnd = Math.min(start + schedule.trace().prefillTime(job), end);
            if (prefillEnd > tLo) {
                paintPrefill(gc, g, level, start, prefillEnd, y, rh);
                bars++;
            }
            decodeStart = start + schedule.trace().prefillTime(job);
            decodes--;
        }
        if (decodes <= 0 || decodeStart >= end) {
            return bars;
        }
        double d = schedule.trace().decodeTime(job);
        double top = y + rh * 0.25;
        double h = rh * 0.5;
        gc.setFill(fills.solid(level));
        if (d * g.scale() < MIN_ITERATION_PX) {
            fillSpan(gc, g, Math.max(decodeStart, tLo), Math.min(end, tHi), top, h);
            return bars + 1;
        }
        int i0 = (int) Math.max(0, Math.floor((tLo - decodeStart) / d));
        int i1 = (int) Math.min(decodes - 1, Math.floor((Math.min(end, tHi) - decodeStart) / d));
        for (int i = i0; i <= i1; i++) {
            double a = decodeStart + i * d;
            if (a >= end) {
                break;
            }
            double xa = clampX(g, g.xOf(a));
            double xb = clampX(g, g.xOf(Math.min(a + d, end)));
            gc.fillRect(xa, top, Math.max(1, xb - xa - 1), h);
            bars++;
        }
        return bars;
    }

    private void paintPrefill(GraphicsContext gc, GanttGeometry g, int level, double a, double b, double y, double rh) {
        double xa = clampX(g, g.xOf(a));
        double xb = clampX(g, g.xOf(b));
        double w = Math.max(1, xb - xa - 1);
        double top = y + 2;
        double h = rh - 4;
        if (w < 3 || h < 6) {
            gc.setFill(fills.border(level));
            gc.fillRect(xa, top, w, h);
            return;
        }
        gc.setFill(fills.hatch(level));
        gc.fillRect(xa, top, w, h);
        gc.setStroke(fills.border(level));
        gc.setLineWidth(1);
        gc.strokeRect(xa + 0.5, top + 0.5, w - 1, h - 1);
    }

    private static void fillSpan(GraphicsContext gc, GanttGeometry g, double a, double b, double top, double h) {
        double xa = clampX(g, g.xOf(a));
        double xb = clampX(g, g.xOf(b));
        gc.fillRect(xa, top, Math.max(1, xb - xa), h);
    }

    /**
     * Keeps bars out of the label column and coordinates of a deep zoom in a range the rasterizer handles
     * well. Clamping replaces a canvas clip, which costs an offscreen layer per paint.
     */
    private static double clampX(GanttGeometry g, double x) {
        return Math.max(g.plotX(), Math.min(g.frame().width() + 8, x));
    }

    private static double frameStart(GanttGeometry g) {
        return g.frame().timeStart();
    }

    private static void paintArrival(GraphicsContext gc, double x, double y, double rh, boolean detail) {
        gc.setFill(GanttPalette.ARRIVAL);
        gc.fillRect(Math.round(x) - 0.5, y + 2, 1, rh - 4);
        if (detail) {
            gc.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y + 1, y + 1, y + 6}, 3);
        }
    }

    private void paintFinish(GraphicsContext gc, double x, double y, double rh, String label) {
        gc.setFill(GanttPalette.FINISH);
        gc.fillRect(Math.round(x) - 1, y + 1, 2, rh - 2);
        if (label != null) {
            gc.setFont(smallFont);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(GanttPalette.MUTED_TEXT);
            gc.fillText(label, x + 4, y + rh / 2);
        }
    }

    private void paintAxis(GraphicsContext gc, GanttGeometry g, double cx, double cw) {
        double y0 = g.plotY() + g.plotHeight();
        double w = g.frame().width();
        gc.setFill(GanttPalette.CHROME);
        gc.fillRect(0, y0, w, GanttGeometry.AXIS_HEIGHT);
        gc.setStroke(GanttPalette.TEXT);
        gc.setLineWidth(1);
        gc.strokeLine(g.plotX(), y0 + 0.5, g.plotX() + g.plotWidth(), y0 + 0.5);
        gc.setFont(labelFont);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(GanttPalette.TEXT);
        double step = TimeTicks.step(g.scale(), MIN_TICK_SPACING);
        double from = Math.max(g.frame().timeStart(), g.timeAt(cx - MIN_TICK_SPACING));
        double to = Math.min(g.frame().timeEnd(), g.timeAt(cx + cw + MIN_TICK_SPACING));
        long k0 = (long) Math.ceil(from / step - 1e-9);
        for (long k = k0; k * step <= to + 1e-9 * step; k++) {
            double x = Math.round(g.xOf(k * step)) + 0.5;
            gc.strokeLine(x, y0, x, y0 + 5);
            String label = GanttText.number(k * step);
            if (x - TextMetrics.width(label, labelFont) / 2 >= g.plotX() - 4) {
                gc.fillText(label, x, y0 + 17);
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(GanttPalette.MUTED_TEXT);
        gc.fillText(text.axis(unit), 8, y0 + 17, labelWidth - 12);
    }

    private void paintNow(GraphicsContext gc, GanttGeometry g) {
        double now = g.frame().now();
        if (!(now >= g.frame().timeStart() && now <= g.frame().timeEnd())) {
            return;
        }
        double x = g.xOf(now);
        Paint p = GanttPalette.NOW_LINE;
        gc.setStroke(p);
        gc.setFill(p);
        gc.setLineWidth(1.5);
        gc.strokeLine(x, g.plotY(), x, g.plotY() + g.plotHeight() + 6);
        gc.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {g.plotY(), g.plotY(), g.plotY() + 7}, 3);
    }

    /** The colour of a level in this chart's palette. */
    public Color levelColor(int level) {
        return fills.solid(level);
    }
}
