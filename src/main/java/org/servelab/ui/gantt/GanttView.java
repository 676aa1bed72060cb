package org.servelab.ui.gantt;

import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

import org.servelab.engine.Schedule;
import org.servelab.ui.bind.FramePacer;
import org.servelab.ui.model.ScheduleTimeline;
import org.servelab.ui.model.Timeline;
import org.servelab.ui.i18n.Messages;

/**
 * An interactive Gantt chart of a schedule, painted on one canvas by {@link GanttPainter}.
 *
 * <p>Property changes only mark the chart dirty and request a layout; the layout pass paints at most once
 * per pulse, however many properties changed (the idiom of JavaFX's own charts). Each paint covers only
 * the visible rows and time window, so panning a 10,000-job run stays smooth.
 *
 * <p>Mouse: Ctrl+wheel zooms around the pointer, the wheel scrolls rows, Shift+wheel (or a horizontal
 * wheel) pans time, dragging pans both; a tooltip names the iteration under the pointer. With
 * {@link #followNowProperty() follow now} on, the window keeps the now-line in view as it moves either way.
 */
public class GanttView extends Region {

    private static final double ZOOM_STEP = 2;
    private static final double WHEEL_NOTCH = 40;
    private static final double START_PAD = 0.01;
    private static final double END_PAD = 0.06;

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final GanttText text;
    private double rowHeight = GanttPainter.VIEW_ROW_HEIGHT;
    private double textScale = 1;

    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>(this, "timeline");
    private final DoubleProperty now = new SimpleDoubleProperty(this, "now", Double.POSITIVE_INFINITY);
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", 0);
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd", 1);
    private final DoubleProperty rowScroll = new SimpleDoubleProperty(this, "rowScroll", 0);
    private final BooleanProperty followNow = new SimpleBooleanProperty(this, "followNow", false);

    private GanttPainter painter;
    private boolean dirty = true;
    /** Whether the only change since the last paint is the now-line moving. */
    private boolean nowOnly;
    private GanttFrame paintedFrame;
    private double paintedNowX = Double.NaN;
    private long lastPaintNanos = Long.MIN_VALUE / 2;
    /** The time in nanoseconds that tells a continuous motion of the now-line from a step. */
    private LongSupplier clock = System::nanoTime;
    /** A now-line move waits for the chart's turn of the frame pacer. */
    private boolean deferred;
    private boolean syncing;
    private int paintCount;
    private double dragX;
    private double dragY;
    private double dragStart;
    private double dragScroll;

    /** A chart in English. */
    public GanttView() {
        this(Messages.of(Locale.ENGLISH));
    }

    /** @param messages the window's texts, of which the chart reads the {@code gantt.*} keys */
    public GanttView(Messages messages) {
        this.text = new GanttText(messages);
        getStyleClass().add("gantt-view");
        setMinSize(200, 120);
        setPrefSize(900, 420);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setFocusTraversable(false);
        vbar.setFocusTraversable(false);
        getChildren().addAll(canvas, hbar, vbar);
        timeline.addListener((obs, old, s) -> timelineChanged(s));
        now.addListener(obs -> nowChanged());
        for (Observable o : new Observable[] {visibleStart, visibleEnd, rowScroll}) {
            o.addListener(obs -> invalidateChart());
        }
        hbar.valueProperty().addListener((obs, old, v) -> {
            if (!syncing) {
                double span = getVisibleEnd() - getVisibleStart();
                setWindow(v.doubleValue(), v.doubleValue() + span);
            }
        });
        vbar.valueProperty().addListener((obs, old, v) -> {
            if (!syncing) {
                setRowScroll(v.doubleValue());
            }
        });
        installMouse();
        FramePacer.attach(this, this::frame);
    }

    // ---- properties -------------------------------------------------------------------------------

    /** The run shown; setting it fits the whole run and scrolls to the first row. */
    public final ObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    public final Timeline getTimeline() {
        return timeline.get();
    }

    public final void setTimeline(Timeline t) {
        timeline.set(t);
    }

    /** Shows a batch-size-1 schedule. */
    public final void setSchedule(Schedule s) {
        timeline.set(s == null ? null : new ScheduleTimeline(s));
    }

    /** The now-line: slices are drawn up to this time. {@code +inf} (the default) shows the whole run. */
    public final DoubleProperty nowProperty() {
        return now;
    }

    public final double getNow() {
        return now.get();
    }

    public final void setNow(double t) {
        now.set(t);
    }

    /** Time at the plot's left edge. */
    public final DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public final double getVisibleStart() {
        return visibleStart.get();
    }

    /** Time at the plot's right edge. */
    public final DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    public final double getVisibleEnd() {
        return visibleEnd.get();
    }

    /** Pixels of rows scrolled off the top. */
    public final DoubleProperty rowScrollProperty() {
        return rowScroll;
    }

    public final double getRowScroll() {
        return rowScroll.get();
    }

    public final void setRowScroll(double px) {
        rowScroll.set(Math.max(0, Math.min(px, maxRowScroll())));
    }

    /** When true, the window moves along so that the now-line stays visible while it advances. */
    public final BooleanProperty followNowProperty() {
        return followNow;
    }

    public final boolean isFollowNow() {
        return followNow.get();
    }

    public final void setFollowNow(boolean b) {
        followNow.set(b);
    }

    // ---- commands ---------------------------------------------------------------------------------

    /** Shows the time window [start, end], clamped to the run. */
    public void setWindow(double start, double end) {
        double fullStart = fullStart();
        double fullEnd = fullEnd();
        double span = Math.min(fullEnd - fullStart, Math.max(minSpan(), end - start));
        double s = Math.max(fullStart, Math.min(start, fullEnd - span));
        visibleStart.set(s);
        visibleEnd.set(s + span);
    }

    /** Zooms in by a factor of two around the now-line when following it, else around the window's centre. */
    public void zoomIn() {
        zoomAt(zoomAnchor(), ZOOM_STEP);
    }

    /** Zooms out by a factor of two, around the same point as {@link #zoomIn()}. */
    public void zoomOut() {
        zoomAt(zoomAnchor(), 1 / ZOOM_STEP);
    }

    private double zoomAnchor() {
        double t = getNow();
        if (isFollowNow() && t >= getVisibleStart() && t <= getVisibleEnd()) {
            return t;
        }
        return (getVisibleStart() + getVisibleEnd()) / 2;
    }

    /** Shows the whole run's time range (rows keep their scroll position). */
    public void fitAll() {
        setWindow(fullStart(), fullEnd());
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping {@code anchor} at the same place on screen. */
    public void zoomAt(double anchor, double factor) {
        double s = getVisibleStart();
        double span = getVisibleEnd() - s;
        double newSpan = span / factor;
        double f = (anchor - s) / span;
        setWindow(anchor - f * newSpan, anchor - f * newSpan + newSpan);
    }

    /** Pixels between the right edge of the plot and the right edge of this view. */
    public double plotRightInset() {
        double bar = vbar.getWidth() > 0 ? vbar.getWidth() : vbar.prefWidth(-1);
        return bar + GanttGeometry.RIGHT_PAD + getInsets().getRight();
    }

    /**
     * Draws the text (job labels, axis, legend, JCTs) and the rows this many times their normal size
     * (presentation mode); the rows in view stay in view.
     */
    public void setTextScale(double scale) {
        double s = scale > 0 ? scale : 1;
        if (s == textScale) {
            return;
        }
        double firstRow = getRowScroll() / rowHeight;
        textScale = s;
        rowHeight = GanttPainter.VIEW_ROW_HEIGHT * s;
        Timeline t = getTimeline();
        painter = t == null ? null : new GanttPainter(painter != null ? painter.index() : new ScheduleIndex(t), text,
                true, null, s);
        rowScroll.set(Math.max(0, Math.min(firstRow * rowHeight, maxRowScroll())));
        invalidateChart();
    }

    /** Height of a row in pixels. */
    public double rowHeight() {
        return rowHeight;
    }

    /** The painter of the run shown, or {@code null}. */
    public GanttPainter painter() {
        return painter;
    }

    /** Scrolls the rows so that the job's row is visible. */
    public void revealJob(int job) {
        if (painter == null) {
            return;
        }
        double top = painter.index().rowOfJob(job) * rowHeight;
        double plotH = plotHeight();
        if (top < getRowScroll()) {
            setRowScroll(top);
        } else if (top + rowHeight > getRowScroll() + plotH) {
            setRowScroll(top + rowHeight - plotH);
        }
    }

    // ---- lookups ----------------------------------------------------------------------------------

    /** The iteration drawn at (x, y) in this view's coordinates. */
    public Optional<GanttHit> barAt(double x, double y) {
        if (painter == null) {
            return Optional.empty();
        }
        return painter.hitTest(frame(), x - canvas.getLayoutX(), y - canvas.getLayoutY());
    }

    /** The iteration drawn at {@code time} in {@code row} (nothing at or after now). */
    public Optional<GanttHit> sliceAt(double time, int row) {
        if (painter == null) {
            return Optional.empty();
        }
        return painter.index().hit(row, time, getNow());
    }

    /** The tooltip text at (x, y) in this view's coordinates: an iteration, a waiting bar, or {@code null}. */
    public String tooltipTextAt(double x, double y) {
        if (painter == null) {
            return null;
        }
        return barAt(x, y).map(painter::tooltip).orElseGet(() ->
                painter.waitingTooltip(frame(), x - canvas.getLayoutX(), y - canvas.getLayoutY()));
    }

    /** The row a job is drawn in (rows are in arrival order). */
    public int rowOfJob(int job) {
        return painter == null ? -1 : painter.index().rowOfJob(job);
    }

    /** The point (view coordinates) where {@code time} in {@code row} is drawn, for tests and tools. */
    public Point2D pointOf(double time, int row) {
        GanttGeometry g = painter.geometry(frame());
        return new Point2D(canvas.getLayoutX() + g.xOf(time),
                canvas.getLayoutY() + g.rowTop(row) + rowHeight / 2);
    }

    Tooltip tooltip() {
        return tooltip;
    }

    int paintCount() {
        return paintCount;
    }

    // ---- layout and painting ----------------------------------------------------------------------

    private void timelineChanged(Timeline s) {
        painter = s == null ? null : new GanttPainter(new ScheduleIndex(s), text, true, null, textScale);
        rowScroll.set(0);
        fitAll();
        invalidateChart();
    }

    private void nowChanged() {
        double t = getNow();
        double span = getVisibleEnd() - getVisibleStart();
        if (isFollowNow() && t < Double.POSITIVE_INFINITY && (t > getVisibleEnd() - 0.05 * span
                || t < getVisibleStart())) {
            setWindow(t - 0.75 * span, t + 0.25 * span);
        }
        if (!dirty && painter != null && Math.abs(nowX(t) - paintedNowX) < 0.5) {
            // the now-line moved less than half a pixel: the picture would be the same
            return;
        }
        if (!dirty && clock.getAsLong() - lastPaintNanos < MOVING_NANOS) {
            // the now-line moves every frame while playing: follow it in the chart's turn of the frame pacer
            deferred = true;
            return;
        }
        invalidateNow();
    }

    /** Now-line moves this soon after a paint are taken as continuous motion (playing), painted in turn. */
    static final long MOVING_NANOS = 150_000_000L;

    /** Times now-line moves by {@code nanos} instead of {@link System#nanoTime} (tests step it by hand). */
    void setClock(LongSupplier nanos) {
        clock = nanos;
    }

    /**
     * Repaints a now-line move that came during continuous motion, in the chart's turn: at once when nothing
     * else changed (no layout pass of the window for it), else in the next layout pass.
     */
    private void frame(long nanos) {
        if (deferred && FramePacer.isTurn(FramePacer.GANTT)) {
            deferred = false;
            if (!dirty && !isNeedsLayout() && painter != null) {
                nowOnly = true;
                dirty = true;
                paint();
            } else {
                invalidateNow();
            }
        }
    }

    private double nowX(double t) {
        if (!(t < Double.POSITIVE_INFINITY)) {
            return Double.POSITIVE_INFINITY;
        }
        return painter.geometry(frame()).xOf(t);
    }

    /** Marks the chart for repainting in the next layout pass. */
    protected final void invalidateChart() {
        dirty = true;
        nowOnly = false;
        if (!syncing) {
            requestLayout();
        }
    }

    /** Marks the chart for repainting because the now-line moved, and nothing else changed. */
    private void invalidateNow() {
        if (!dirty) {
            nowOnly = true;
        }
        dirty = true;
        if (!syncing) {
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = snapSizeX(getWidth() - in.getLeft() - in.getRight());
        double h = snapSizeY(getHeight() - in.getTop() - in.getBottom());
        double sbw = snapSizeX(vbar.prefWidth(-1));
        double sbh = snapSizeY(hbar.prefHeight(-1));
        double cw = Math.max(1, w - sbw);
        double ch = Math.max(1, h - sbh);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            dirty = true;
            nowOnly = false;
        }
        canvas.relocate(in.getLeft(), in.getTop());
        vbar.resizeRelocate(in.getLeft() + cw, in.getTop(), sbw, ch);
        hbar.resizeRelocate(in.getLeft(), in.getTop() + ch, cw, sbh);
        syncScrollBars();
        if (dirty) {
            paint();
        }
    }

    private void syncScrollBars() {
        syncing = true;
        try {
            if (getRowScroll() > maxRowScroll()) {
                rowScroll.set(maxRowScroll());
            }
            double fs = fullStart();
            double span = getVisibleEnd() - getVisibleStart();
            hbar.setMin(fs);
            hbar.setMax(Math.max(fs, fullEnd() - span));
            hbar.setVisibleAmount(span);
            hbar.setUnitIncrement(span / 20);
            hbar.setBlockIncrement(span * 0.8);
            hbar.setValue(getVisibleStart());
            double plotH = plotHeight();
            vbar.setMin(0);
            vbar.setMax(maxRowScroll());
            vbar.setVisibleAmount(plotH);
            vbar.setUnitIncrement(rowHeight);
            vbar.setBlockIncrement(Math.max(rowHeight, plotH - rowHeight));
            vbar.setValue(getRowScroll());
        } finally {
            syncing = false;
        }
    }

    private void paint() {
        dirty = false;
        deferred = false;
        paintCount++;
        lastPaintNanos = clock.getAsLong();
        paintedNowX = painter == null ? Double.NaN : nowX(getNow());
        var gc = canvas.getGraphicsContext2D();
        boolean onlyNowMoved = nowOnly;
        nowOnly = false;
        if (painter == null) {
            paintedFrame = null;
            gc.setFill(GanttPalette.BACKGROUND);
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        GanttFrame f = frame();
        GanttFrame before = paintedFrame;
        paintedFrame = f;
        if (onlyNowMoved && before != null && before.equals(f.withNow(before.now())) && f.now() > before.now()
                && f.now() < Double.POSITIVE_INFINITY) {
            GanttGeometry g = painter.geometry(f);
            if (!painter.rowArrivesBetween(g, before.now(), f.now())) {
                // playing forward in a still window: only what lies right of the old now-line changes (bars
                // grow up to the new one, jobs finish and get their labels), between the plot's top and the
                // now-line's end in the axis; repaint that strip alone, from a whole pixel left of which no
                // label or marker reaches into it, so that the painter can cut every rectangle to it and the
                // canvas needs no clip (a clip costs an offscreen layer per paint)
                double x0 = painter.clearLeftOf(g, Math.floor(g.xOf(before.now()) - NOW_LINE_REACH));
                if (x0 >= g.plotX() && x0 < f.width()) {
                    partialPaints++;
                    double y0 = g.plotY();
                    double y1 = Math.min(f.height(), Math.ceil(g.plotY() + g.plotHeight() + NOW_LINE_BELOW));
                    painter.paint(gc, f, x0, y0, f.width() - x0, y1 - y0);
                    return;
                }
            }
        }
        painter.paint(gc, f);
    }

    /** How far left of the now-line its stroke and its marker reach, in pixels. */
    private static final double NOW_LINE_REACH = 7;
    /** How far the now-line reaches below the plot, into the axis, in pixels. */
    private static final double NOW_LINE_BELOW = 6;

    /** Paints that repainted only the strip a moving now-line changed (for tests and measurements). */
    private long partialPaints;

    long partialPaints() {
        return partialPaints;
    }

    /** The canvas the chart is painted on (for tests that compare pictures). */
    Canvas canvas() {
        return canvas;
    }


    private GanttFrame frame() {
        double s = getVisibleStart();
        double e = getVisibleEnd();
        if (!(e > s)) {
            e = s + 1;
        }
        return new GanttFrame(canvas.getWidth(), canvas.getHeight(), s, e, getRowScroll(), rowHeight, getNow());
    }

    private double plotHeight() {
        double top = painter == null ? GanttGeometry.LEGEND_HEIGHT : painter.top(canvas.getWidth());
        double axis = painter == null ? GanttGeometry.AXIS_HEIGHT : painter.axisHeight();
        return Math.max(0, canvas.getHeight() - top - axis);
    }

    private double maxRowScroll() {
        int rows = painter == null ? 0 : painter.index().rows();
        return Math.max(0, rows * rowHeight - plotHeight());
    }

    private double firstArrival() {
        Timeline s = getTimeline();
        return s == null || s.jobs() == 0 ? 0 : Math.min(0, s.arrival(s.trace().byArrival(0)));
    }

    private double runSpan() {
        Timeline s = getTimeline();
        double span = s == null ? 0 : s.end() - firstArrival();
        return span > 0 ? span : 1;
    }

    /** A little before the first arrival, so that arrival marks at the edge are not cut. */
    private double fullStart() {
        return firstArrival() - runSpan() * START_PAD;
    }

    /** Some room after the last finish for its JCT label. */
    private double fullEnd() {
        return firstArrival() + runSpan() * (1 + END_PAD);
    }

    private double minSpan() {
        return Math.max(1e-9, (fullEnd() - fullStart()) * 1e-6);
    }

    // ---- mouse ------------------------------------------------------------------------------------

    private void installMouse() {
        canvas.setOnScroll(this::onScroll);
        canvas.setOnMousePressed(e -> {
            tooltip.hide();
            dragX = e.getX();
            dragY = e.getY();
            dragStart = getVisibleStart();
            dragScroll = getRowScroll();
        });
        canvas.setOnMouseDragged(e -> {
            canvas.setCursor(Cursor.CLOSED_HAND);
            double span = getVisibleEnd() - getVisibleStart();
            double perPixel = painter == null ? 0 : span / painter.geometry(frame()).plotWidth();
            double s = dragStart - (e.getX() - dragX) * perPixel;
            setWindow(s, s + span);
            setRowScroll(dragScroll - (e.getY() - dragY));
        });
        canvas.setOnMouseReleased(e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.setOnMouseMoved(this::updateTooltip);
        canvas.setOnMouseExited(e -> tooltip.hide());
    }

    private void onScroll(ScrollEvent e) {
        if (painter == null) {
            return;
        }
        GanttGeometry g = painter.geometry(frame());
        if (e.isControlDown()) {
            double anchor = g.timeAt(Math.max(g.plotX(), e.getX()));
            zoomAt(anchor, Math.pow(1.25, e.getDeltaY() / WHEEL_NOTCH));
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double dx = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            double s = getVisibleStart() - dx / g.scale();
            setWindow(s, s + getVisibleEnd() - getVisibleStart());
        } else {
            setRowScroll(getRowScroll() - e.getDeltaY());
        }
        e.consume();
    }

    private void updateTooltip(MouseEvent e) {
        String t = painter == null ? null
                : painter.hitTest(frame(), e.getX(), e.getY()).map(painter::tooltip)
                        .orElseGet(() -> painter.waitingTooltip(frame(), e.getX(), e.getY()));
        if (t == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(t);
        if (!tooltip.isShowing()) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 16);
        } else {
            tooltip.setAnchorX(e.getScreenX() + 14);
            tooltip.setAnchorY(e.getScreenY() + 16);
        }
    }
}
