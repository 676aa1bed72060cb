package org.servelab.ui.queue;

import java.util.Arrays;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.JobState;
import org.servelab.ui.model.QueueState;
import org.servelab.ui.model.RunModel;

/**
 * The animated multi-level queue of one run. It listens to the model's revision and time, works out
 * where every visible chip belongs, and repaints its canvas at most once per pulse, only while
 * something changed or moves.
 */
public final class QueueView extends Region {

    private final RunModel model;
    private final Canvas canvas = new Canvas();
    private final QueuePainter painter;
    private final ChipMotion motion = new ChipMotion();
    private final AnimationTimer timer;
    private int[] shown = new int[64];
    private int shownCount;
    private int[] stamp = new int[0];
    private int generation;
    private int[] overflow = new int[0];
    private boolean dirty = true;
    private boolean retarget = true;
    private boolean animateNext;
    private long lastMove = Long.MIN_VALUE / 2;
    private int moved;
    /** More chips than this moving at once is a jump (scrubbing), not a step: no trails then. */
    private static final int MAX_TRAILS = 24;

    public QueueView(RunModel model, Messages messages) {
        this.model = model;
        this.painter = new QueuePainter(model, messages, motion);
        getStyleClass().add("queue-view");
        getChildren().add(canvas);
        setMinSize(300, 160);
        setPrefSize(900, 300);
        WeakListeners.on(this, model.revisionProperty(), () -> {
            retarget = true;
            animateNext = true;
        });
        WeakListeners.on(this, model.timeProperty(), () -> dirty = true);
        WeakListeners.on(this, model.recordingProperty(), this::restart);
        restart();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    private void restart() {
        int jobs = model.getRecording() == null ? 0 : model.getRecording().trace().size();
        motion.reset(jobs);
        stamp = new int[jobs];
        shownCount = 0;
        retarget = true;
        animateNext = false;
        dirty = true;
    }

    /** How long a chip takes to glide to its new place; the window shortens it while playing fast. */
    public void setMotionMillis(double millis) {
        motion.setDuration((long) (millis * 1e6));
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            retarget = true;
            animateNext = false;
        }
    }

    /** Repaints now if needed; called by the pulse timer (and by snapshots). */
    public void frame(long now) {
        if (retarget) {
            placeChips(now, animateNext);
            if (animateNext) {
                lastMove = now;
            }
            retarget = false;
            animateNext = false;
            dirty = true;
        }
        boolean moving = now - lastMove < ChipMotion.TRAIL_NANOS;
        if (dirty || moving) {
            dirty = false;
            QueueLayout layout = new QueueLayout(canvas.getWidth(), canvas.getHeight(), model.queues().levels());
            painter.paint(canvas.getGraphicsContext2D(), layout, shown, shownCount, overflow, now);
        }
    }

    private void placeChips(long now, boolean animate) {
        QueueState q = model.queues();
        QueueLayout layout = new QueueLayout(canvas.getWidth(), canvas.getHeight(), q.levels());
        int[] previous = Arrays.copyOf(shown, shownCount);
        generation++;
        moved = 0;
        shownCount = 0;
        overflow = new int[layout.rows()];
        int cap = layout.capacity();
        placeLane(q, q.buffer(), 0, layout, cap, now, animate);
        for (int x = 0; x < q.levels(); x++) {
            placeLane(q, x, x + 1, layout, cap, now, animate);
        }
        int slot = model.slotJob();
        if (slot >= 0) {
            place(slot, layout.slotChipX(), layout.slotChipY(), layout.laneRight(), layout.slotChipY(), now, animate);
        }
        int doneRow = layout.rows() - 1;
        int done = model.finishedCount();
        int visibleDone = done > cap ? cap - 1 : done;
        for (int k = 0; k < visibleDone; k++) {
            int j = model.finishedJob(done - 1 - k);
            place(j, layout.chipX(k), layout.chipY(doneRow), layout.laneLeft(), layout.chipY(doneRow), now, animate);
        }
        overflow[doneRow] = done - visibleDone;
        for (int j : previous) {
            if (stamp[j] != generation) {
                motion.hide(j);
            }
        }
        if (moved > MAX_TRAILS) {
            for (int k = 0; k < shownCount; k++) {
                motion.settle(shown[k]);
            }
        }
    }

    private void placeLane(QueueState q, int list, int row, QueueLayout layout, int cap, long now, boolean animate) {
        int size = q.size(list);
        int slots = size > cap ? cap - 1 : size;
        int k = 0;
        double enterX = row == 0 ? layout.laneLeft() - QueueLayout.CHIP_WIDTH : layout.chipX(Math.min(slots, cap - 1));
        for (int j = q.first(list); j >= 0 && k < slots; j = q.next(j)) {
            place(j, layout.chipX(k), layout.chipY(row), enterX, layout.chipY(row), now, animate);
            k++;
        }
        overflow[row] = size - slots;
    }

    private void place(int job, double x, double y, double enterX, double enterY, long now, boolean animate) {
        if (motion.moveTo(job, x, y, enterX, enterY, now, animate)) {
            moved++;
        }
        stamp[job] = generation;
        if (shownCount == shown.length) {
            shown = Arrays.copyOf(shown, shownCount * 2);
        }
        shown[shownCount++] = job;
    }

    /**
     * Where a job's chip is: {@code "buffer#k"}, {@code "Qx#k"} (k = 0 at the head), {@code "slot"},
     * {@code "done"} or {@code "pending"}.
     */
    public String placement(String jobId) {
        int job = model.getRecording().trace().ids().indexOf(jobId);
        if (job < 0) {
            return "unknown";
        }
        if (job == model.slotJob()) {
            return "slot";
        }
        QueueState q = model.queues();
        int list = q.listOf(job);
        if (list < 0) {
            return model.stateOf(job) == JobState.DONE ? "done" : "pending";
        }
        String lane = list == q.buffer() ? "buffer" : "Q" + (list + 1);
        return lane + "#" + q.positionOf(job);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }
}
