package org.servelab.ui.gantt;

import java.util.function.DoubleConsumer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.servelab.ui.model.Timeline;
import org.servelab.ui.i18n.Messages;

/**
 * The strip under the Gantt chart: three lanes over the same time window, the batch size, the tokens per
 * iteration and the KV blocks in use, each the largest value in a pixel's time, and the now-line through
 * them. A click moves the run to that time; the tooltip gives the iteration under the pointer.
 *
 * <p>Zoomed out, a pixel covers thousands of iterations: maxima over blocks of {@value #BLOCK} iterations
 * are computed once per timeline, so a paint reads at most two partial blocks per pixel. The columns are
 * cached per window; moving the now-line only repaints.
 */
public final class BatchStrip extends Region {

    static final int BLOCK = 256;
    private static final double LANE = 22;
    private static final double GAP = 3;
    private static final Color SIZE = Color.web("#2f6fba");
    private static final Color TOKENS = Color.web("#e0661c");
    private static final Color KV = Color.web("#5aae3a");
    private Font font = Font.font(10);
    private double textScale = 1;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final GanttText text;
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>(this, "timeline");
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", 0);
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd", 1);
    private final DoubleProperty now = new SimpleDoubleProperty(this, "now", Double.POSITIVE_INFINITY);
    private final DoubleProperty labelWidth = new SimpleDoubleProperty(this, "labelWidth", 64);
    private final DoubleProperty rightInset = new SimpleDoubleProperty(this, "rightInset", 28);
    private DoubleConsumer onSeek = t -> { };
    private Summary summary;
    private double[] colSize = new double[0];
    private double[] colTokens = new double[0];
    private double[] colKv = new double[0];
    private double[] colStart = new double[0];
    private boolean columnsValid;
    private boolean dirty = true;
    private double paintedNowX = Double.NaN;
    private long lastPaintNanos = Long.MIN_VALUE / 2;
    /** A now-line move during continuous motion waits for the small canvases' turn of the frame pacer. */
    private boolean deferred;

    public BatchStrip(Messages messages) {
        this.text = new GanttText(messages);
        getStyleClass().add("batch-strip");
        getChildren().add(canvas);
        setMinHeight(height());
        setPrefHeight(height());
        setMaxHeight(height());
        timeline.addListener(o -> {
            summary = timeline.get() == null ? null : new Summary(timeline.get());
            columnsValid = false;
            invalidate();
        });
        visibleStart.addListener(o -> columns());
        visibleEnd.addListener(o -> columns());
        labelWidth.addListener(o -> columns());
        rightInset.addListener(o -> columns());
        now.addListener(o -> {
            if (dirty || Math.abs(xOf(now.get()) - paintedNowX) < 0.5) {
                return;
            }
            if (System.nanoTime() - lastPaintNanos < GanttView.MOVING_NANOS) {
                deferred = true;
            } else {
                invalidate();
            }
        });
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> tooltip.hide());
        canvas.setOnMouseClicked(e -> {
            double t = timeAt(e.getX());
            if (!Double.isNaN(t)) {
                onSeek.accept(Math.max(0, t));
            }
        });
        canvas.setCursor(Cursor.CROSSHAIR);
        org.servelab.ui.bind.FramePacer.attach(this, nanos -> {
            if (deferred && org.servelab.ui.bind.FramePacer.isTurn(org.servelab.ui.bind.FramePacer.SMALL)) {
                deferred = false;
                if (!dirty && !isNeedsLayout()) {
                    paint(); // the now-line moved, nothing else: no layout pass of the window for it
                } else {
                    invalidate();
                }
            }
        });
    }

    private double height() {
        return 3 * lane() + 4 * GAP;
    }

    private double lane() {
        return LANE * textScale;
    }

    /** Draws the lanes and their text this many times their normal size (presentation mode). */
    public void setTextScale(double scale) {
        textScale = scale > 0 ? scale : 1;
        font = Font.font(10 * textScale);
        setMinHeight(height());
        setPrefHeight(height());
        setMaxHeight(height());
        invalidate();
    }

    private void columns() {
        columnsValid = false;
        invalidate();
    }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    public ObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    public DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    public DoubleProperty nowProperty() {
        return now;
    }

    /** Width of the label column, to line up with the Gantt chart's plot. */
    public DoubleProperty labelWidthProperty() {
        return labelWidth;
    }

    /** Pixels right of the plot (the Gantt chart's scroll bar and padding). */
    public DoubleProperty rightInsetProperty() {
        return rightInset;
    }

    /** Called with the time clicked. */
    public void setOnSeek(DoubleConsumer seek) {
        this.onSeek = seek;
    }

    private double plotX() {
        return labelWidth.get();
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - plotX() - rightInset.get());
    }

    double timeAt(double x) {
        if (x < plotX() || x > plotX() + plotWidth()) {
            return Double.NaN;
        }
        return visibleStart.get() + (x - plotX()) / plotWidth() * (visibleEnd.get() - visibleStart.get());
    }

    private double xOf(double t) {
        return plotX() + (t - visibleStart.get()) / (visibleEnd.get() - visibleStart.get()) * plotWidth();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            columnsValid = false;
            dirty = true;
        }
        if (dirty) {
            paint();
        }
    }

    private void paint() {
        dirty = false;
        deferred = false;
        lastPaintNanos = System.nanoTime();
        paintedNowX = xOf(now.get());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(GanttPalette.CHROME);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Timeline t = timeline.get();
        if (t == null || t.iterations() == 0) {
            return;
        }
        if (!columnsValid) {
            computeColumns(t);
        }
        double maxSize = Math.max(1, summary.maxSize);
        double maxTokens = Math.max(1, summary.maxTokens);
        double maxKv = t.kvCapacity() > 0 ? t.kvCapacity() : Math.max(1, summary.maxKv);
        lane(g, 0, colSize, maxSize, SIZE, text.stripSizeName(), text.stripSize(fmt(maxSize)));
        lane(g, 1, colTokens, maxTokens, TOKENS, text.stripTokensName(), text.stripTokens(fmt(maxTokens)));
        lane(g, 2, colKv, maxKv, KV, text.stripKvName(), t.kvCapacity() > 0 ? text.stripKvCapacity(fmt(maxKv))
                : text.stripKv(fmt(maxKv)));
        paintNow(g);
    }

    private static String fmt(double v) {
        return GanttText.number(v);
    }

    private double laneTop(int lane) {
        return GAP + lane * (lane() + GAP);
    }

    private void lane(GraphicsContext g, int lane, double[] values, double max, Color color, String name,
                      String scale) {
        double top = laneTop(lane);
        g.setFill(GanttPalette.BACKGROUND);
        double laneH = lane();
        g.fillRect(plotX(), top, plotWidth(), laneH);
        g.setStroke(GanttPalette.GRID);
        g.setLineWidth(1);
        g.strokeRect(plotX() - 0.5, top - 0.5, plotWidth() + 1, laneH + 1);
        g.setFill(color);
        double cut = Math.min(plotWidth(), xOf(now.get()) - plotX());
        for (int c = 0; c < values.length && c < cut; c++) {
            if (values[c] > 0) {
                double h = Math.max(1, values[c] / max * (laneH - 2));
                g.fillRect(plotX() + c, top + laneH - h, 1, h);
            }
        }
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(color.darker());
        g.fillText(name, 8, top + laneH / 2, plotX() - 12);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(GanttPalette.MUTED_TEXT);
        g.fillText(scale, plotX() + plotWidth() - 4, top + 2, plotWidth() / 3);
    }

    private void paintNow(GraphicsContext g) {
        double t = now.get();
        if (!(t >= visibleStart.get() && t <= visibleEnd.get())) {
            return;
        }
        double x = xOf(t);
        g.setStroke(GanttPalette.NOW_LINE);
        g.setLineWidth(1.5);
        g.strokeLine(x, 0, x, canvas.getHeight());
    }

    private void computeColumns(Timeline t) {
        int n = (int) Math.ceil(plotWidth());
        colSize = new double[n];
        colTokens = new double[n];
        colKv = new double[n];
        colStart = new double[n];
        double t0 = visibleStart.get();
        double per = (visibleEnd.get() - t0) / plotWidth();
        int k = t.firstIterationEndingAfter(t0);
        for (int c = 0; c < n && k < t.iterations(); c++) {
            double a = t0 + c * per;
            double b = a + per;
            colStart[c] = a;
            if (t.iterStart(k) >= b) {
                continue;
            }
            int last = lastStartingBefore(t, k, b);
            summary.max(k, last, c);
            k = t.iterEnd(last) <= b ? last + 1 : last;
        }
        columnsValid = true;
    }

    /** The last iteration from {@code k} on that starts before {@code b}. */
    private static int lastStartingBefore(Timeline t, int k, double b) {
        int lo = k;
        int hi = t.iterations() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (t.iterStart(mid) < b) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void hover(MouseEvent e) {
        Timeline t = timeline.get();
        double time = timeAt(e.getX());
        if (t == null || Double.isNaN(time) || time >= now.get()) {
            tooltip.hide();
            return;
        }
        int k = t.firstIterationEndingAfter(time);
        if (k >= t.iterations() || t.iterStart(k) > time) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text.stripTooltip(k + 1, GanttText.number(t.iterStart(k)), GanttText.number(t.iterEnd(k)),
                t.trace().timeUnit().symbol(), t.iterSize(k), t.iterTokens(k), t.iterKv(k), t.kvCapacity()));
        if (!tooltip.isShowing()) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 16);
        } else {
            tooltip.setAnchorX(e.getScreenX() + 14);
            tooltip.setAnchorY(e.getScreenY() + 16);
        }
    }

    /** The largest batch size, tokens and KV use per block of iterations, and overall. */
    private final class Summary {
        final Timeline t;
        final int[] size;
        final int[] tokens;
        final long[] kv;
        final int maxSize;
        final int maxTokens;
        final long maxKv;

        Summary(Timeline t) {
            this.t = t;
            int blocks = (t.iterations() + BLOCK - 1) / BLOCK;
            size = new int[blocks];
            tokens = new int[blocks];
            kv = new long[blocks];
            int ms = 0;
            int mt = 0;
            long mk = 0;
            for (int k = 0; k < t.iterations(); k++) {
                int b = k / BLOCK;
                size[b] = Math.max(size[b], t.iterSize(k));
                tokens[b] = Math.max(tokens[b], t.iterTokens(k));
                kv[b] = Math.max(kv[b], t.iterKv(k));
                ms = Math.max(ms, size[b]);
                mt = Math.max(mt, tokens[b]);
                mk = Math.max(mk, kv[b]);
            }
            maxSize = ms;
            maxTokens = mt;
            maxKv = mk;
        }

        /** The maxima of iterations {@code from..to} into column c. */
        void max(int from, int to, int c) {
            double s = 0;
            double tk = 0;
            double k = 0;
            int i = from;
            while (i <= to) {
                if (i % BLOCK == 0 && i + BLOCK - 1 <= to) {
                    int b = i / BLOCK;
                    s = Math.max(s, size[b]);
                    tk = Math.max(tk, tokens[b]);
                    k = Math.max(k, kv[b]);
                    i += BLOCK;
                } else {
                    s = Math.max(s, t.iterSize(i));
                    tk = Math.max(tk, t.iterTokens(i));
                    k = Math.max(k, t.iterKv(i));
                    i++;
                }
            }
            colSize[c] = s;
            colTokens[c] = tk;
            colKv[c] = k;
        }
    }
}
