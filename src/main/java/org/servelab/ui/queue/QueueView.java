package org.servelab.ui.queue;

import java.util.Arrays;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

import org.servelab.ui.bind.FramePacer;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.JobState;
import org.servelab.ui.model.QueueState;
import org.servelab.ui.model.RunModel;

/**
 * The animated multi-level queue of one run and its inference panel: the batch's slots (one without
 * batching), and, for a batching run, the KV memory bar under them. It listens to the model's revision and
 * time, works out where every visible chip belongs, and repaints its canvas at most once per pulse, only
 * while something changed or moves; while playing, in its turn of the {@link FramePacer}.
 *
 * <p>Chips glide to their new places when the picture changes slowly enough to follow; when changes come
 * faster than a glide (playing fast, scrubbing), they jump, so chips never stack up mid-flight.
 */
public final class QueueView extends Region {

    /** More chips than this moving at once is a jump (scrubbing), not a step: no trails then. */
    private static final int MAX_TRAILS = 24;

    private final RunModel model;
    private final Messages messages;
    private final Canvas canvas = new Canvas();
    private final KvMemoryBar memory;
    private final QueuePainter painter;
    private final ChipMotion motion = new ChipMotion();
    private final Tooltip tooltip = new Tooltip();
    private int[] shown = new int[64];
    private int shownCount;
    private int[] stamp = new int[0];
    /** Whether the last placement put the job's chip in an inference slot. */
    private boolean[] inSlot = new boolean[0];
    private int generation;
    private int[] overflow = new int[0];
    private boolean dirty = true;
    private boolean retarget = true;
    private boolean animateNext;
    private long lastMove = Long.MIN_VALUE / 2;
    private long duration = ChipMotion.DEFAULT_DURATION_NANOS;
    private int moved;
    private double scale = 1;
    private QueueLayout layout;
    private boolean playing;
    private int paints;

    public QueueView(RunModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.painter = new QueuePainter(model, messages, motion);
        this.memory = new KvMemoryBar(model, messages);
        getStyleClass().add("queue-view");
        getChildren().addAll(canvas, memory);
        setMinSize(240, 150);
        setPrefSize(900, 300);
        WeakListeners.on(this, model.revisionProperty(), () -> {
            retarget = true;
            animateNext = true;
        });
        WeakListeners.on(this, model.timeProperty(), () -> dirty = true);
        WeakListeners.on(this, model.recordingProperty(), this::restart);
        restart();
        FramePacer.attach(this, this::frame);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> tooltip.hide());
    }

    private void restart() {
        int jobs = model.getRecording() == null ? 0 : model.getRecording().trace().size();
        motion.reset(jobs);
        stamp = new int[jobs];
        inSlot = new boolean[jobs];
        shownCount = 0;
        retarget = true;
        animateNext = false;
        dirty = true;
        requestLayout();
    }

    /** How long a chip takes to glide to its new place; the window shortens it while playing fast. */
    public void setMotionMillis(double millis) {
        duration = Math.max(1, (long) (millis * 1e6));
        motion.setDuration(duration);
    }

    /** While playing, repaints take their turn (and chips do not glide); stepping repaints every frame. */
    public void setPlaying(boolean p) {
        playing = p;
        memory.setPlaying(p);
        dirty = true;
    }

    /** Repaints at once, whatever the pace (snapshots). */
    public void paintNow(long now) {
        dirty = true;
        memory.paintNow();
        frame(now, true);
    }

    /** Makes chips, lanes and text larger (presentation mode) or back (1). */
    public void setScale(double s) {
        scale = s;
        painter.setScale(s);
        memory.setScale(s);
        retarget = true;
        requestLayout();
    }

    /** The KV memory bar (shown for batching runs). */
    public KvMemoryBar memory() {
        return memory;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        boolean batched = model.batched();
        double mh = batched ? snapSizeY(memory.prefHeight(w)) : 0;
        memory.setVisible(batched);
        memory.resizeRelocate(0, h - mh, w, mh);
        double ch = Math.max(0, h - mh);
        if (canvas.getWidth() != w || canvas.getHeight() != ch) {
            canvas.setWidth(w);
            canvas.setHeight(ch);
            retarget = true;
            animateNext = false;
        }
    }

    private QueueLayout computeLayout() {
        return new QueueLayout(canvas.getWidth(), canvas.getHeight(), model.queues().levels(), model.slotCount(),
                scale);
    }

    /** Repaints now if needed (while playing, only in the queue's turn); called once per pulse. */
    public void frame(long now) {
        frame(now, false);
    }

    private void frame(long now, boolean force) {
        if (model.getRecording() == null) {
            return;
        }
        if (retarget) {
            boolean animate = animateNext && now - lastMove >= duration / 2;
            placeChips(now, animate);
            lastMove = animate || animateNext ? now : lastMove;
            retarget = false;
            animateNext = false;
            dirty = true;
        }
        boolean moving = now - lastMove < ChipMotion.TRAIL_NANOS && !playing;
        if ((dirty || moving) && (force || !playing || FramePacer.isTurn(FramePacer.QUEUE))) {
            dirty = false;
            paints++;
            painter.setRenderScale(getScene() != null && getScene().getWindow() != null
                    ? getScene().getWindow().getRenderScaleX() : 1);
            painter.paint(canvas.getGraphicsContext2D(), layout, shown, shownCount, overflow, now);
        }
        memory.frame(now);
    }

    private void placeChips(long now, boolean animate) {
        QueueState q = model.queues();
        layout = computeLayout();
        QueueLayout l = layout;
        int[] previous = Arrays.copyOf(shown, shownCount);
        generation++;
        moved = 0;
        shownCount = 0;
        overflow = new int[l.rows()];
        int cap = l.capacity();
        placeLane(q, q.buffer(), 0, l, cap, now, animate);
        for (int x = 0; x < q.levels(); x++) {
            placeLane(q, x, x + 1, l, cap, now, animate);
        }
        for (int s = 0; s < model.slotCount(); s++) {
            int j = model.slotJob(s);
            if (j >= 0) {
                place(j, l.slotChipX(s), l.slotChipY(s), l.slotChipWidth(), l.slotChipHeight(), false, now, animate);
                inSlot[j] = true;
            }
        }
        int doneRow = l.rows() - 1;
        int done = model.finishedCount();
        int visibleDone = done > cap ? cap - 1 : done;
        for (int k = 0; k < visibleDone; k++) {
            int j = model.finishedJob(done - 1 - k);
            place(j, l.chipX(k), l.chipY(doneRow), l.chipWidth, l.chipHeight, false, now, animate);
        }
        overflow[doneRow] = done - visibleDone;
        for (int j : previous) {
            if (stamp[j] != generation) {
                motion.hide(j);
            }
        }
        if (moved > MAX_TRAILS || !animate) {
            for (int k = 0; k < shownCount; k++) {
                motion.settle(shown[k]);
            }
        }
    }

    private void placeLane(QueueState q, int list, int row, QueueLayout l, int cap, long now, boolean animate) {
        int size = q.size(list);
        int slots = size > cap ? cap - 1 : size;
        int k = 0;
        for (int j = q.first(list); j >= 0 && k < slots; j = q.next(j)) {
            place(j, l.chipX(k), l.chipY(row), l.chipWidth, l.chipHeight, row == 0, now, animate);
            k++;
        }
        overflow[row] = size - slots;
    }

    /** A chip seen before glides from where it is; a new one enters from the left (buffer) or appears in place. */
    private void place(int job, double x, double y, double w, double h, boolean enters, long now, boolean animate) {
        boolean seen = motion.visible(job);
        boolean glide = animate && (seen || enters);
        double enterX = enters ? layout.laneLeft() - w : x;
        if (motion.moveTo(job, x, y, w, h, enterX, y, now, glide)) {
            moved++;
        }
        stamp[job] = generation;
        inSlot[job] = false;
        if (shownCount == shown.length) {
            shown = Arrays.copyOf(shown, shownCount * 2);
        }
        shown[shownCount++] = job;
    }

    private void hover(MouseEvent e) {
        String text = tooltipAt(e.getX(), e.getY());
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

    /** The tooltip of the chip (or batch slot) at (x, y) of the canvas, or {@code null}. */
    public String tooltipAt(double x, double y) {
        if (layout == null) {
            return null;
        }
        long now = System.nanoTime();
        for (int k = shownCount - 1; k >= 0; k--) {
            int j = shown[k];
            double cx = motion.x(j, now);
            double cy = motion.y(j, now);
            double w = motion.w(j, now, layout.chipWidth);
            double h = motion.h(j, now, layout.chipHeight);
            if (x >= cx && x < cx + w && y >= cy && y < cy + h) {
                return painter.describe(j);
            }
        }
        int s = layout.slotAt(x, y);
        return s >= 0 ? painter.describeSlot(s) : null;
    }

    /** Where the chip of a job is drawn now (canvas coordinates), or {@code null} when it is not shown. */
    public double[] chipBounds(String jobId) {
        int job = model.getRecording().trace().ids().indexOf(jobId);
        if (job < 0 || !motion.visible(job) || layout == null) {
            return null;
        }
        long now = System.nanoTime();
        return new double[] {motion.x(job, now), motion.y(job, now), motion.w(job, now, layout.chipWidth),
            motion.h(job, now, layout.chipHeight)};
    }

    /**
     * Pairs of chips at rest drawn over each other, and chips at rest drawn outside this view or over the
     * inference panel while not in a slot: 0 when the picture is readable (tests).
     */
    public int overlaps() {
        return overlapReport().size();
    }

    /** What {@link #overlaps()} counts, one line each (tests say which chips). */
    public java.util.List<String> overlapReport() {
        java.util.List<String> out = new java.util.ArrayList<>();
        long now = System.nanoTime();
        frame(now);
        if (layout == null) {
            return out;
        }
        for (int a = 0; a < shownCount; a++) {
            int j = shown[a];
            if (motion.gliding(j, now)) {
                continue;
            }
            double ax = motion.x(j, now);
            double ay = motion.y(j, now);
            double aw = motion.w(j, now, layout.chipWidth);
            double ah = motion.h(j, now, layout.chipHeight);
            String id = model.getRecording().trace().id(j);
            if (ax < 0 || ay < 0 || ax + aw > layout.width + 0.5 || ay + ah > layout.height + 0.5) {
                out.add(id + " outside the view at " + ax + "," + ay);
            }
            // the chips are where the last placement put them: a model that moved on since is placed next frame
            boolean slot = inSlot[j];
            if (!slot && ax + aw > layout.panelLeft() && ay < layout.panelTop() + layout.panelHeight()) {
                out.add(id + " over the inference panel at " + ax + "," + ay + " (" + placement(id) + ")");
            }
            for (int b = a + 1; b < shownCount; b++) {
                int k = shown[b];
                if (motion.gliding(k, now)) {
                    continue;
                }
                double bx = motion.x(k, now);
                double by = motion.y(k, now);
                if (ax < bx + motion.w(k, now, layout.chipWidth) - 0.5 && bx < ax + aw - 0.5
                        && ay < by + motion.h(k, now, layout.chipHeight) - 0.5 && by < ay + ah - 0.5) {
                    String other = model.getRecording().trace().id(k);
                    out.add(id + " (" + placement(id) + ") over " + other + " (" + placement(other) + ")");
                }
            }
        }
        return out;
    }

    /** Chip images made so far (tests). */
    int chipImages() {
        return painter.chipImages();
    }

    /** Repaints of the lanes and the panel so far (tests). */
    int paints() {
        return paints;
    }

    /** Number of chips drawn in the last frame. */
    public int chipsShown() {
        return shownCount;
    }

    /** How many chips of a lane row are hidden behind "+N more" (row 0 is the buffer, then Q1.., then done). */
    public int overflow(int row) {
        return row < overflow.length ? overflow[row] : 0;
    }

    /**
     * Where a job's chip is: {@code "buffer#k"}, {@code "Qx#k"} (k = 0 at the head), {@code "slot"} (batch
     * size 1) or {@code "slot#s"}, {@code "done"} or {@code "pending"}.
     */
    public String placement(String jobId) {
        int job = model.getRecording().trace().ids().indexOf(jobId);
        if (job < 0) {
            return "unknown";
        }
        int slot = model.slotOf(job);
        if (slot >= 0) {
            return model.batched() ? "slot#" + slot : "slot";
        }
        QueueState q = model.queues();
        int list = q.listOf(job);
        if (list < 0) {
            JobState st = model.stateOf(job);
            return st == JobState.DONE ? "done" : st == JobState.DROPPED ? "dropped" : "pending";
        }
        String lane = list == q.buffer() ? "buffer" : "Q" + (list + 1);
        return lane + "#" + q.positionOf(job);
    }

    /** The canvas the lanes and the panel are drawn on (tests). */
    public Canvas canvas() {
        return canvas;
    }

    public Messages messages() {
        return messages;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }
}
