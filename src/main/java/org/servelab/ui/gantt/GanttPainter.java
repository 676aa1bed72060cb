package org.servelab.ui.gantt;

import java.util.Optional;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.servelab.ui.model.Timeline;

/**
 * Draws a run's Gantt chart on any {@link GraphicsContext}: the on-screen view and the PNG export both
 * call this, so they look the same.
 *
 * <p>Only what intersects the clip rectangle is drawn, and rectangles are cut to it, so that a repaint of a
 * part of the chart needs no canvas clip (which costs an offscreen layer per paint): the visible rows are
 * computed from the row scroll,
 * and each row binary-searches its own runs for the first one ending after the window's start, so the cost
 * of a paint grows with what is visible, not with the run. A job's row is lit in every iteration it is part
 * of: runs of different jobs overlap when they share batches. Iterations at least {@value #MIN_ITERATION_PX}
 * pixels wide are drawn one by one with a gap between them (the iteration boundaries); narrower ones as one
 * bar per stretch of prefill, decode or padding. Nothing after {@code now} is drawn; a job that has not
 * arrived by {@code now} gets an empty row.
 */
public final class GanttPainter {

    /** Row height of the on-screen chart. */
    public static final double VIEW_ROW_HEIGHT = 20;
    /** Rows narrower than this get no labels, markers or JCT text, only bars. */
    static final double DETAIL_ROW_HEIGHT = 11;
    static final double TITLE_HEIGHT = 24;
    private static final Color PADDING_EDGE = GanttPalette.PADDING.darker();
    private static final double MIN_TICK_SPACING = 90;
    private static final double MIN_ITERATION_PX = 4;

    private final ScheduleIndex index;
    private final Timeline timeline;
    private final GanttText text;
    private final String unit;
    /** The text size as a multiple of the normal one (presentation mode draws larger). */
    private final double textScale;
    private final Font labelFont;
    private final Font smallFont;
    private final Font headlineFont;
    private final double tickSpacing;
    private final double axisHeight;
    private final GanttLegend legend;
    private final LevelFills fills;
    private final double labelWidth;
    private final String title;
    /** The clip rectangle of the paint under way: rectangles are cut to it. */
    private double clipX0;
    private double clipY0;
    private double clipX1 = Double.POSITIVE_INFINITY;
    private double clipY1 = Double.POSITIVE_INFINITY;
    /**
     * The JCT labels of the rows in view, in the slot of their row modulo the length, with the job each is
     * for: a label is worded once while its row stays in view, not again for each place a paint needs it.
     */
    private int[] labelJobs = new int[0];
    private String[] labels = new String[0];
    /** JCT labels worded (for tests). */
    private long labelsWorded;

    public GanttPainter(ScheduleIndex index, GanttText text) {
        this(index, text, true, null);
    }

    /**
     * @param showNow whether the legend names the now-line (not in exports, which have none)
     * @param title   a title line above the legend (exports), or {@code null}
     */
    public GanttPainter(ScheduleIndex index, GanttText text, boolean showNow, String title) {
        this(index, text, showNow, title, 1);
    }

    /**
     * @param textScale the size of the text (labels, axis, legend, JCTs) as a multiple of the normal size;
     *                  the label column, the legend and the axis grow with it
     */
    public GanttPainter(ScheduleIndex index, GanttText text, boolean showNow, String title, double textScale) {
        this.textScale = textScale > 0 ? textScale : 1;
        this.labelFont = Font.font(11 * this.textScale);
        this.smallFont = Font.font(10 * this.textScale);
        this.headlineFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13 * this.textScale);
        this.tickSpacing = MIN_TICK_SPACING * this.textScale;
        this.axisHeight = GanttGeometry.AXIS_HEIGHT * this.textScale;
        this.index = index;
        this.timeline = index.timeline();
        this.text = text;
        this.unit = timeline.trace().timeUnit().symbol();
        this.fills = new LevelFills(timeline.levels());
        this.legend = new GanttLegend(timeline, text, Font.font(11),
                Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11), fills, showNow, this.textScale);
        this.labelWidth = measureLabelColumn();
        this.title = title;
    }

    private double measureLabelColumn() {
        String longest = text.axis(unit);
        for (int j = 0; j < timeline.jobs(); j++) {
            String id = timeline.trace().id(j);
            if (id.length() > longest.length()) {
                longest = id;
            }
        }
        return Math.max(64 * textScale, Math.min(180 * textScale, TextMetrics.width(longest, labelFont) + 18 * textScale));
    }

    public ScheduleIndex index() {
        return index;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Width of the job-label column on the left. */
    public double labelWidth() {
        return labelWidth;
    }

    /** Height above the plot (title and legend) for a surface this wide. */
    public double top(double width) {
        return (title == null ? 0 : titleHeight()) + legend.height(width);
    }

    private double titleHeight() {
        return TITLE_HEIGHT * textScale;
    }

    /** Height of the time axis under the plot. */
    public double axisHeight() {
        return axisHeight;
    }

    public GanttGeometry geometry(GanttFrame frame) {
        return new GanttGeometry(frame, labelWidth, top(frame.width()), axisHeight);
    }

    /** The iteration drawn at (x, y), found by row and time lookup; empty outside the plot or in a gap. */
    public Optional<GanttHit> hitTest(GanttFrame frame, double x, double y) {
        GanttGeometry g = geometry(frame);
        if (!g.inPlot(x, y)) {
            return Optional.empty();
        }
        return index.hit(g.rowAt(y), g.timeAt(x), frame.now());
    }

    /** The tooltip over a waiting bar at (x, y), or {@code null} when the job is not waiting there. */
    public String waitingTooltip(GanttFrame frame, double x, double y) {
        GanttGeometry g = geometry(frame);
        if (!g.inPlot(x, y)) {
            return null;
        }
        int row = g.rowAt(y);
        double t = g.timeAt(x);
        double since = index.waitingSince(row, t, frame.now());
        if (Double.isNaN(since)) {
            return null;
        }
        int job = index.jobAtRow(row);
        return text.waitingTooltip(timeline.trace().id(job), since, t, timeline.arrival(job), unit);
    }

    /** Tooltip text of a hit. */
    public String tooltip(GanttHit hit) {
        String id = timeline.trace().id(hit.job());
        return timeline.batched() ? text.batchTooltip(hit, id, unit) : text.tooltip(hit, id, unit);
    }

    /**
     * Whether a job in a row of the frame of {@code g} that shows arrives in {@code (from, to]}: its label then appears
     * at the left edge, outside the part of the chart that moving the now-line from {@code from} to
     * {@code to} changes.
     */
    public boolean rowArrivesBetween(GanttGeometry g, double from, double to) {
        GanttFrame frame = g.frame();
        int r0 = Math.max(0, (int) Math.floor(frame.rowScroll() / frame.rowHeight()));
        int r1 = Math.min(index.rows() - 1, (int) Math.floor((g.plotHeight() + frame.rowScroll()) / frame.rowHeight()));
        for (int r = r0; r <= r1; r++) {
            double a = timeline.arrival(index.jobAtRow(r));
            if (a > from && a <= to) {
                return true;
            }
        }
        return false;
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
        clipX0 = cx;
        clipY0 = cy;
        clipX1 = cx + cw;
        clipY1 = cy + ch;
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
        holdLabels(r0, r1);
        paintStripesAndLabels(gc, g, r0, r1);
        paintGrid(gc, g, cx, cw);
        for (int r = r0; r <= r1; r++) {
            bars += paintRow(gc, g, r, tLo, tHi);
        }
        gc.setFill(GanttPalette.GRID);
        fill(gc, g.plotX() - 1, g.plotY(), 1, g.plotHeight());
        if (cy < g.plotY()) {
            paintTop(gc, frame.width());
        }
        if (cy + ch > g.plotY() + g.plotHeight()) {
            paintAxis(gc, g, cx, cw);
        }
        paintNow(gc, g);
        gc.restore();
        clipX0 = 0;
        clipY0 = 0;
        clipX1 = Double.POSITIVE_INFINITY;
        clipY1 = Double.POSITIVE_INFINITY;
        return bars;
    }

    /** Fills the part of the rectangle inside the clip rectangle. */
    private void fill(GraphicsContext gc, double x, double y, double w, double h) {
        double x0 = Math.max(x, clipX0);
        double y0 = Math.max(y, clipY0);
        double x1 = Math.min(x + w, clipX1);
        double y1 = Math.min(y + h, clipY1);
        if (x1 > x0 && y1 > y0) {
            gc.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
    }

    /** Outlines a rectangle with a one-pixel line inside its edge (as {@code strokeRect} half a pixel in), cut to the clip. */
    private void outline(GraphicsContext gc, double x, double y, double w, double h) {
        fill(gc, x, y, w, 1);
        fill(gc, x, y + h - 1, w, 1);
        fill(gc, x, y + 1, 1, h - 2);
        fill(gc, x + w - 1, y + 1, 1, h - 2);
    }

    /**
     * Clips the canvas to the clip rectangle when an item from {@code top} to {@code bottom} crosses its top or
     * bottom edge (a row cut by the plot's edge in a repaint of a strip), which a whole paint covers with the
     * legend or the axis; returns whether it did.
     */
    private boolean beginCut(GraphicsContext gc, double top, double bottom) {
        if (top >= clipY0 && bottom <= clipY1) {
            return false;
        }
        gc.save();
        gc.beginPath();
        gc.rect(clipX0, clipY0, Math.min(clipX1, 1e7) - clipX0, Math.min(clipY1, 1e7) - clipY0);
        gc.closePath();
        gc.clip();
        return true;
    }

    private static void endCut(GraphicsContext gc, boolean cut) {
        if (cut) {
            gc.restore();
        }
    }

    private boolean intersectsClip(double x0, double x1) {
        return x1 > clipX0 && x0 < clipX1;
    }

    /** Makes room for the JCT labels of rows {@code r0} to {@code r1}, each in a slot of its own. */
    private void holdLabels(int r0, int r1) {
        int n = r1 - r0 + 1;
        if (n > labelJobs.length) {
            labelJobs = new int[Math.max(n, 2 * labelJobs.length)];
            java.util.Arrays.fill(labelJobs, -1);
            labels = new String[labelJobs.length];
        }
    }

    /** The JCT label of the finished job in {@code row}, worded when its slot holds another job's. */
    String jctLabel(int row) {
        int job = index.jobAtRow(row);
        int slot = row % labelJobs.length;
        if (labelJobs[slot] != job) {
            labels[slot] = text.jct(timeline.jct(job));
            labelJobs[slot] = job;
            labelsWorded++;
        }
        return labels[slot];
    }

    long labelsWorded() {
        return labelsWorded;
    }

    /** How far antialiased text and markers may reach past their nominal bounds, in pixels. */
    private static final double BLEED = 2;

    /** The x range {@code [x0, x1)} a JCT label takes when the job finished at {@code x}. */
    private double jctLabelEnd(double x, String label) {
        return x + 4 * textScale + TextMetrics.width(label, smallFont);
    }

    /**
     * The largest x at most {@code x} that no text or marker in the plot straddles (an arrival's triangle, a
     * JCT label): a repaint of the part right of it, cut to it, then draws only whole items.
     */
    public double clearLeftOf(GanttGeometry g, double x) {
        GanttFrame frame = g.frame();
        double rh = frame.rowHeight();
        if (rh < DETAIL_ROW_HEIGHT) {
            return x;
        }
        int r0 = Math.max(0, (int) Math.floor(frame.rowScroll() / rh));
        int r1 = Math.min(index.rows() - 1, (int) Math.floor((g.plotHeight() + frame.rowScroll()) / rh));
        double now = frame.now();
        holdLabels(r0, r1);
        for (boolean moved = true; moved; ) {
            moved = false;
            for (int r = r0; r <= r1; r++) {
                int job = index.jobAtRow(r);
                double arrival = timeline.arrival(job);
                if (arrival > now) {
                    continue;
                }
                double ax = g.xOf(arrival);
                if (ax - 4 - BLEED < x && x < ax + 4 + BLEED) {
                    x = Math.floor(ax - 4 - BLEED);
                    moved = true;
                }
                double finish = timeline.finish(job);
                if (!Double.isNaN(finish) && finish <= now) {
                    double fx = g.xOf(finish);
                    double lx = fx + 4 * textScale - BLEED;
                    if (lx < x && x < jctLabelEnd(fx, jctLabel(r)) + BLEED) {
                        x = Math.floor(lx);
                        moved = true;
                    }
                }
            }
        }
        return x;
    }

    private void paintTop(GraphicsContext gc, double width) {
        if (title == null) {
            legend.paint(gc, width);
            return;
        }
        gc.setFill(GanttPalette.BACKGROUND);
        gc.fillRect(0, 0, width, titleHeight());
        gc.setFill(GanttPalette.TEXT);
        gc.setFont(headlineFont);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(title, 8, titleHeight() / 2, width - 16);
        gc.save();
        gc.translate(0, titleHeight());
        legend.paint(gc, width);
        gc.restore();
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
                fill(gc, 0, y, g.frame().width(), rh);
            }
            int job = index.jobAtRow(r);
            if (labels && timeline.arrival(job) <= now && clipX0 < labelWidth - 4 * textScale) {
                gc.setFill(GanttPalette.TEXT);
                gc.fillText(timeline.trace().id(job), 8, y + rh / 2, labelWidth - 12 * textScale);
            }
        }
    }

    private void paintGrid(GraphicsContext gc, GanttGeometry g, double cx, double cw) {
        double step = TimeTicks.step(g.scale(), tickSpacing);
        // one-pixel lines as rectangles: the software pipeline fills a rectangle far faster than it strokes
        gc.setFill(GanttPalette.GRID);
        double top = g.plotY();
        double bottom = g.plotY() + g.plotHeight();
        double from = Math.max(g.frame().timeStart(), g.timeAt(cx));
        double to = Math.min(g.frame().timeEnd(), g.timeAt(cx + cw));
        long k0 = (long) Math.ceil(from / step - 1e-9);
        for (long k = k0; k * step <= to + 1e-9 * step; k++) {
            fill(gc, Math.round(g.xOf(k * step)), top, 1, bottom - top);
        }
    }

    private int paintRow(GraphicsContext gc, GanttGeometry g, int row, double tLo, double tHi) {
        int job = index.jobAtRow(row);
        double now = g.frame().now();
        double arrival = timeline.arrival(job);
        if (arrival > now) {
            return 0;
        }
        double y = g.rowTop(row);
        double rh = g.frame().rowHeight();
        double finish = timeline.finish(job);
        boolean finished = !Double.isNaN(finish) && finish <= now;
        double lifeEnd = finished ? finish : Math.min(now, timeline.end());
        if (lifeEnd > tLo && arrival < tHi) {
            gc.setFill(GanttPalette.WAITING);
            fillSpan(gc, g, arrival, lifeEnd, y + rh * 0.32, rh * 0.36);
        }
        int bars = 0;
        double visibleEnd = Math.min(tHi, now);
        for (int k = timeline.firstRunEndingAfter(job, tLo); k < timeline.runCount(job); k++) {
            int run = timeline.run(job, k);
            if (timeline.runStart(run) >= visibleEnd) {
                break;
            }
            bars += paintRun(gc, g, run, y, rh, tLo, visibleEnd);
        }
        boolean detail = rh >= DETAIL_ROW_HEIGHT;
        double margin = 100 / g.scale();
        if (arrival >= g.frame().timeStart() && arrival <= tHi) {
            paintArrival(gc, g.xOf(arrival), y, rh, detail);
        }
        if (finished && finish >= Math.max(g.frame().timeStart(), tLo - margin) && finish <= tHi + margin) {
            paintFinish(gc, g.xOf(finish), y, rh, detail ? jctLabel(row) : null);
        }
        return bars;
    }

    /** Draws a run's prefill, decode and padding iterations between {@code tLo} and {@code tHi} (at most now). */
    private int paintRun(GraphicsContext gc, GanttGeometry g, int run, double y, double rh, double tLo, double tHi) {
        int n = timeline.runIterations(run);
        int chunks = timeline.runChunks(run);
        int pads = timeline.runPads(run);
        int level = timeline.runLevel(run);
        return paintPart(gc, g, run, 0, chunks, Timeline.CHUNK, level, y, rh, tLo, tHi)
                + paintPart(gc, g, run, chunks, n - pads, Timeline.DECODE, level, y, rh, tLo, tHi)
                + paintPart(gc, g, run, n - pads, n, Timeline.PADDING, level, y, rh, tLo, tHi);
    }

    private int paintPart(GraphicsContext gc, GanttGeometry g, int run, int i0, int i1, byte kind, int level,
                          double y, double rh, double tLo, double tHi) {
        if (i0 >= i1) {
            return 0;
        }
        double a = timeline.iterationStart(run, i0);
        double b = Math.min(timeline.iterationEnd(run, i1 - 1), tHi);
        if (a >= tHi || b <= tLo) {
            return 0;
        }
        double mean = (timeline.iterationEnd(run, i1 - 1) - a) / (i1 - i0);
        if (mean * g.scale() < MIN_ITERATION_PX) {
            // from its true start, cut by the clip: a part of the chart is painted as the whole would be
            bar(gc, g, kind, level, a, b, y, rh, false);
            return 1;
        }
        int bars = 0;
        int first = Math.max(i0, Math.min(i1 - 1, timeline.iterationAt(run, Math.max(a, tLo))));
        for (int i = first; i < i1; i++) {
            double s = timeline.iterationStart(run, i);
            if (s >= tHi) {
                break;
            }
            double e = Math.min(timeline.iterationEnd(run, i), tHi);
            if (e > tLo) {
                bar(gc, g, kind, level, s, e, y, rh, true);
                bars++;
            }
        }
        return bars;
    }

    private void bar(GraphicsContext gc, GanttGeometry g, byte kind, int level, double a, double b, double y,
                     double rh, boolean gap) {
        double xa = clampX(g, g.xOf(a));
        double xb = clampX(g, g.xOf(b));
        double w = Math.max(1, xb - xa - (gap ? 1 : 0));
        if (kind == Timeline.CHUNK) {
            double top = y + 2;
            double h = rh - 4;
            if (w < 3 || h < 6) {
                gc.setFill(fills.border(level));
                fill(gc, xa, top, w, h);
                return;
            }
            gc.setFill(fills.hatch(level));
            fill(gc, xa, top, w, h);
            gc.setFill(fills.border(level));
            outline(gc, xa, top, w, h);
        } else if (kind == Timeline.DECODE) {
            gc.setFill(fills.solid(level));
            fill(gc, xa, y + rh * 0.25, w, rh * 0.5);
        } else {
            gc.setFill(PADDING_EDGE);
            outline(gc, xa, y + rh * 0.25, Math.max(1, w - 1) + 1, rh * 0.5);
        }
    }

    private void fillSpan(GraphicsContext gc, GanttGeometry g, double a, double b, double top, double h) {
        double xa = clampX(g, g.xOf(a));
        double xb = clampX(g, g.xOf(b));
        fill(gc, xa, top, Math.max(1, xb - xa), h);
    }

    /**
     * Keeps bars out of the label column and coordinates of a deep zoom in a range the rasterizer handles
     * well. Clamping replaces a canvas clip, which costs an offscreen layer per paint.
     */
    private static double clampX(GanttGeometry g, double x) {
        return Math.max(g.plotX(), Math.min(g.frame().width() + 8, x));
    }

    private void paintArrival(GraphicsContext gc, double x, double y, double rh, boolean detail) {
        gc.setFill(GanttPalette.ARRIVAL);
        fill(gc, Math.round(x) - 0.5, y + 2, 1, rh - 4);
        if (detail && intersectsClip(x - 4 - BLEED, x + 4 + BLEED)) {
            boolean cut = beginCut(gc, y + 1, y + 6);
            gc.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y + 1, y + 1, y + 6}, 3);
            endCut(gc, cut);
        }
    }

    private void paintFinish(GraphicsContext gc, double x, double y, double rh, String label) {
        gc.setFill(GanttPalette.FINISH);
        fill(gc, Math.round(x) - 1, y + 1, 2, rh - 2);
        if (label != null && intersectsClip(x + 4 * textScale - BLEED, jctLabelEnd(x, label) + BLEED)) {
            gc.setFont(smallFont);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(GanttPalette.MUTED_TEXT);
            double size = smallFont.getSize();
            boolean cut = beginCut(gc, y + rh / 2 - size, y + rh / 2 + size);
            gc.fillText(label, x + 4 * textScale, y + rh / 2);
            endCut(gc, cut);
        }
    }

    private void paintAxis(GraphicsContext gc, GanttGeometry g, double cx, double cw) {
        double y0 = g.plotY() + g.plotHeight();
        double w = g.frame().width();
        gc.setFill(GanttPalette.CHROME);
        fill(gc, 0, y0, w, axisHeight);
        gc.setFill(GanttPalette.TEXT);
        fill(gc, g.plotX(), y0, g.plotWidth(), 1);
        // the tick labels, unless the clip ends above them (a repaint of the now-line's reach)
        boolean labels = clipY1 > y0 + 17 * textScale - labelFont.getSize();
        gc.setFont(labelFont);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(GanttPalette.TEXT);
        double step = TimeTicks.step(g.scale(), tickSpacing);
        double from = Math.max(g.frame().timeStart(), g.timeAt(cx - tickSpacing));
        double to = Math.min(g.frame().timeEnd(), g.timeAt(cx + cw + tickSpacing));
        double textY = y0 + 17 * textScale;
        long k0 = (long) Math.ceil(from / step - 1e-9);
        for (long k = k0; k * step <= to + 1e-9 * step; k++) {
            double x = Math.round(g.xOf(k * step)) + 0.5;
            fill(gc, x - 0.5, y0, 1, 5 * textScale);
            if (!labels) {
                continue;
            }
            String label = GanttText.number(k * step);
            double half = TextMetrics.width(label, labelFont) / 2;
            if (x - half >= g.plotX() - 4 && x + half <= w - 2) {
                gc.fillText(label, x, textY);
            }
        }
        if (labels && clipX0 < labelWidth - 4 * textScale) {
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setFill(GanttPalette.MUTED_TEXT);
            gc.fillText(text.axis(unit), 8, textY, labelWidth - 12 * textScale);
        }
    }

    private void paintNow(GraphicsContext gc, GanttGeometry g) {
        double now = g.frame().now();
        if (!(now >= g.frame().timeStart() && now <= g.frame().timeEnd())) {
            return;
        }
        double x = g.xOf(now);
        Paint p = GanttPalette.NOW_LINE;
        gc.setFill(p);
        // a line 1.5 pixels wide from the plot's top to 6 pixels into the axis, as a rectangle
        gc.fillRect(x - 0.75, g.plotY(), 1.5, g.plotHeight() + 6);
        gc.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {g.plotY(), g.plotY(), g.plotY() + 7}, 3);
    }

    /** The colour of a level in this chart's palette. */
    public Color levelColor(int level) {
        return fills.solid(level);
    }
}
