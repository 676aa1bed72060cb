package org.servelab.ui.queue;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.gantt.GanttPalette;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.Timeline;

/**
 * The KV memory of a batching run at the displayed time: the GPU's blocks, each job's in the colour of its
 * queue level (batch members first, in slot order), the free blocks, and the CPU swap pool; a red marker
 * when an allocation has just failed (the engine preempted a job to make room). Hovering names a job's
 * blocks and context. Without a capacity the bar is scaled to the run's peak.
 */
public final class KvMemoryBar extends Region {

    private static final Color FREE = Color.web("#eef1f4");
    private static final Color EDGE = Color.web("#9aa5b1");
    private static final double TEXT_H = 16;
    private static final double BAR_H = 16;

    private final RunModel model;
    private final Messages messages;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private double scale = 1;
    private boolean dirty = true;
    private long peak = -1;
    private int[] segJob = new int[64];
    private double[] segX = new double[64];
    private double[] segW = new double[64];
    private boolean[] segSwap = new boolean[64];
    private int segments;
    private double gpuLeft;
    private double gpuWidth;

    KvMemoryBar(RunModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("kvBar");
        getStyleClass().add("kv-bar");
        getChildren().add(canvas);
        WeakListeners.on(this, model.revisionProperty(), () -> dirty = true);
        WeakListeners.on(this, model.timeProperty(), () -> dirty = true);
        WeakListeners.on(this, model.recordingProperty(), () -> {
            peak = -1;
            dirty = true;
        });
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> tooltip.hide());
    }

    void setScale(double s) {
        scale = s;
        dirty = true;
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return (TEXT_H + BAR_H + 12) * scale;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
    }

    private boolean playing;

    void setPlaying(boolean p) {
        playing = p;
    }

    /** Repaints if the run changed since the last frame (while playing, in the small canvases' turn). */
    void frame(long now) {
        frame(false);
    }

    private void frame(boolean force) {
        if (dirty && isVisible() && model.batched()
                && (force || !playing || org.servelab.ui.bind.FramePacer.isTurn(org.servelab.ui.bind.FramePacer.SMALL))) {
            dirty = false;
            paint();
        }
    }

    private long scaleBlocks() {
        long cap = model.kvCapacity();
        if (cap > 0) {
            return cap;
        }
        if (peak < 0) {
            Timeline t = model.timeline();
            long p = 1;
            for (int k = 0; k < t.iterations(); k++) {
                p = Math.max(p, t.iterKv(k));
            }
            peak = p;
        }
        return Math.max(peak, model.kvUsed());
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double pad = 8;
        g.setFill(GanttPalette.BACKGROUND);
        g.fillRect(0, 0, w, canvas.getHeight());
        long cap = model.kvCapacity();
        long blocks = scaleBlocks();
        boolean swapPool = model.swapUsed() > 0
                || model.getRecording().setup().batch().preemption() == org.servelab.policy.batch.Preemption.SWAP;
        double swapWidth = swapPool ? Math.min(200 * scale, w * 0.22) : 0;
        gpuLeft = pad;
        gpuWidth = Math.max(10, w - 2 * pad - (swapPool ? swapWidth + 10 : 0));
        double barY = (TEXT_H + 4) * scale;
        double barH = BAR_H * scale;
        g.setFont(Font.font("System", FontWeight.BOLD, 11 * scale));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(GanttPalette.TEXT);
        String head = cap > 0
                ? messages.format("kv.used", messages.count(model.kvUsed()), messages.count(cap),
                        Math.round(100.0 * model.kvUsed() / cap))
                : messages.format("kv.unlimited", messages.count(model.kvUsed()), messages.count(blocks));
        javafx.scene.text.Font headFont = Font.font("System", FontWeight.BOLD, 11 * scale);
        if (org.servelab.ui.gantt.TextMetrics.width(head, headFont) > gpuWidth * 0.6) {
            head = cap > 0 ? messages.format("kv.usedBrief", messages.count(model.kvUsed()), messages.count(cap))
                    : messages.format("kv.unlimitedBrief", messages.count(model.kvUsed()), messages.count(blocks));
        }
        g.fillText(head, pad, TEXT_H * scale / 2 + 2, gpuWidth * 0.6);
        if (model.allocationFailures() > 0) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(recentFailure() ? GanttPalette.ALERT : GanttPalette.MUTED_TEXT);
            String fail = recentFailure()
                    ? messages.format("kv.failedNow", model.getRecording().trace().id(model.lastFailedJob()))
                    : messages.format("kv.failures", messages.count(model.allocationFailures()));
            g.fillText(fail, gpuLeft + gpuWidth, TEXT_H * scale / 2 + 2, gpuWidth * 0.4);
        }
        g.setFill(FREE);
        g.fillRect(gpuLeft, barY, gpuWidth, barH);
        segments = 0;
        double perBlock = gpuWidth / Math.max(1, blocks);
        double x = gpuLeft;
        for (int s = 0; s < model.slotCount(); s++) {
            int j = model.slotJob(s);
            if (j >= 0 && model.blocksOf(j) > 0) {
                x = segment(g, j, x, model.blocksOf(j) * perBlock, barY, barH, false);
            }
        }
        int jobs = model.getRecording().trace().size();
        for (int k = 0; k < jobs; k++) {
            int j = model.getRecording().trace().byArrival(k);
            if (model.blocksOf(j) > 0 && model.slotOf(j) < 0) {
                x = segment(g, j, x, model.blocksOf(j) * perBlock, barY, barH, false);
            }
        }
        g.setStroke(EDGE);
        g.setLineWidth(1);
        g.strokeRect(gpuLeft + 0.5, barY + 0.5, gpuWidth - 1, barH - 1);
        if (recentFailure()) {
            double mx = Math.min(gpuLeft + gpuWidth - 2, x);
            g.setFill(GanttPalette.ALERT);
            g.fillPolygon(new double[] {mx - 6, mx + 6, mx}, new double[] {barY - 7, barY - 7, barY + 1}, 3);
            g.setStroke(GanttPalette.ALERT);
            g.setLineWidth(2);
            g.strokeLine(mx, barY, mx, barY + barH);
        }
        if (swapPool) {
            paintSwap(g, w - pad - swapWidth, swapWidth, barY, barH);
        }
    }

    private void paintSwap(GraphicsContext g, double left, double width, double barY, double barH) {
        g.setFont(Font.font("System", 11 * scale));
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(GanttPalette.MUTED_TEXT);
        g.fillText(messages.format("kv.swap", messages.count(model.swapUsed())), left, TEXT_H * scale / 2 + 2, width);
        g.setFill(FREE);
        g.fillRect(left, barY, width, barH);
        long total = Math.max(model.swapUsed(), scaleBlocks() / 4);
        double perBlock = width / Math.max(1, total);
        double x = left;
        int jobs = model.getRecording().trace().size();
        for (int k = 0; k < jobs; k++) {
            int j = model.getRecording().trace().byArrival(k);
            if (model.swappedBlocksOf(j) > 0) {
                x = segment(g, j, x, model.swappedBlocksOf(j) * perBlock, barY, barH, true);
            }
        }
        g.setStroke(EDGE);
        g.setLineDashes(3, 2);
        g.strokeRect(left + 0.5, barY + 0.5, width - 1, barH - 1);
        g.setLineDashes(null);
    }

    private double segment(GraphicsContext g, int job, double x, double w, double y, double h, boolean swapped) {
        int level = Math.max(0, model.levelOf(job));
        Color c = GanttPalette.levelColor(level);
        if ((segments & 1) == 1) {
            c = c.deriveColor(0, 1, 0.82, 1);
        }
        g.setFill(swapped ? c.deriveColor(0, 0.6, 1.1, 0.8) : c);
        g.fillRect(x, y, Math.max(1, w), h);
        g.setFill(Color.WHITE);
        g.fillRect(x + w - 1, y, 1, h);
        String id = model.getRecording().trace().id(job);
        if (w >= 26 * scale) {
            g.setFill(Color.WHITE);
            g.setFont(Font.font("System", FontWeight.BOLD, 10 * scale));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(id, x + w / 2, y + h / 2, w - 4);
        }
        if (segments == segJob.length) {
            segJob = java.util.Arrays.copyOf(segJob, segments * 2);
            segX = java.util.Arrays.copyOf(segX, segments * 2);
            segW = java.util.Arrays.copyOf(segW, segments * 2);
            segSwap = java.util.Arrays.copyOf(segSwap, segments * 2);
        }
        segJob[segments] = job;
        segX[segments] = x;
        segW[segments] = w;
        segSwap[segments] = swapped;
        segments++;
        return x + w;
    }

    /** Whether an allocation failed at the boundary shown or in the iteration in progress. */
    boolean recentFailure() {
        double t = model.lastFailureTime();
        if (Double.isNaN(t)) {
            return false;
        }
        int k = model.currentIteration();
        double start = k < 0 ? 0 : model.timeline().iterStart(k);
        return t >= start && t <= model.getTime();
    }

    private void hover(MouseEvent e) {
        String text = textAt(e.getX(), e.getY());
        if (text == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text);
        if (!tooltip.isShowing()) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 16);
        } else {
            tooltip.setAnchorX(e.getScreenX() + 14);
            tooltip.setAnchorY(e.getScreenY() + 16);
        }
    }

    /** The tooltip at (x, y): a job's blocks and context, the free blocks, or {@code null}. */
    public String textAt(double x, double y) {
        for (int s = 0; s < segments; s++) {
            if (x >= segX[s] && x < segX[s] + Math.max(1, segW[s])) {
                int j = segJob[s];
                String id = model.getRecording().trace().id(j);
                return segSwap[s]
                        ? messages.format("kv.tipSwapped", id, messages.count(model.swappedBlocksOf(j)),
                                messages.count(model.contextOf(j)))
                        : messages.format("kv.tipJob", id, messages.count(model.blocksOf(j)),
                                messages.count(model.contextOf(j)));
            }
        }
        if (x >= gpuLeft && x < gpuLeft + gpuWidth && model.kvCapacity() > 0) {
            return messages.format("kv.tipFree", messages.count(model.kvCapacity() - model.kvUsed()));
        }
        return null;
    }

    /** The x range of a job's blocks on the bar, or {@code null} (tests). */
    public double[] segmentOf(int job) {
        for (int s = 0; s < segments; s++) {
            if (segJob[s] == job && !segSwap[s]) {
                return new double[] {segX[s], segW[s]};
            }
        }
        return null;
    }

    /** Paints now (tests and snapshots). */
    public void paintNow() {
        dirty = true;
        frame(true);
    }
}
