package org.servelab.ui.queue;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.servelab.ui.gantt.GanttPalette;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.JobState;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.Timeline;

/** Paints the lanes, the inference panel with its slots, the trails and the chips of a {@link QueueView}. */
final class QueuePainter {

    private static final Color BUFFER_CHIP = Color.web("#8a96a3");
    private static final Color DONE_CHIP = Color.web("#3b4350");
    private static final Color PANEL_FILL = Color.web("#fff7e6");
    private static final Color PANEL_BORDER = Color.web("#e2a412");
    private static final Color SLOT_FREE = Color.web("#efe7d4");
    private static final Color BAR_TRACK = Color.web("#ece6d8");

    private final RunModel model;
    private final Messages messages;
    private final ChipMotion motion;
    private final QueueText text;
    private final ChipImages chips = new ChipImages();
    private double renderScale = 1;
    private Font label = Font.font("System", FontWeight.BOLD, 12);
    private Font small = Font.font("System", 11);
    private Font chip = Font.font("System", FontWeight.BOLD, 11);

    QueuePainter(RunModel model, Messages messages, ChipMotion motion) {
        this.model = model;
        this.messages = messages;
        this.motion = motion;
        this.text = new QueueText(model, messages);
    }

    /** Pixels a point on the screen the queue shows on (2 on a HiDPI screen): chip images are drawn that fine. */
    void setRenderScale(double s) {
        renderScale = s > 0 ? s : 1;
    }

    void setScale(double s) {
        label = Font.font("System", FontWeight.BOLD, 12 * s);
        small = Font.font("System", 11 * s);
        chip = Font.font("System", FontWeight.BOLD, 11 * s);
    }

    /** Chip images made so far (tests). */
    int chipImages() {
        return chips.size();
    }

    String describe(int job) {
        return text.describe(job);
    }

    String describeSlot(int s) {
        int j = model.slotJob(s);
        return j >= 0 ? text.describe(j) : messages.format("queue.slotFree", s + 1);
    }

    void paint(GraphicsContext g, QueueLayout l, int[] shown, int count, int[] overflow, long now) {
        g.setFill(GanttPalette.BACKGROUND);
        g.fillRect(0, 0, l.width, l.height);
        if (model.getRecording() == null || l == null) {
            return;
        }
        paintRows(g, l);
        paintPanel(g, l);
        g.setLineDashes(4, 4);
        for (int k = 0; k < count; k++) {
            paintTrail(g, l, shown[k], now);
        }
        g.setLineDashes(null);
        for (int k = 0; k < count; k++) {
            paintChip(g, l, shown[k], now);
        }
        if (!l.slotRows) {
            paintGridProgress(g, l);
        }
        paintOverflow(g, l, overflow);
    }

    private void paintRows(GraphicsContext g, QueueLayout l) {
        for (int row = 0; row < l.rows(); row++) {
            double top = l.rowTop(row);
            g.setFill(row % 2 == 0 ? GanttPalette.ROW_STRIPE : GanttPalette.BACKGROUND);
            g.fillRect(QueueLayout.PAD, top, l.laneRight() - QueueLayout.PAD + 4, l.rowHeight);
            Color color = GanttPalette.TEXT;
            String name;
            if (row == 0) {
                name = messages.get("queue.buffer");
            } else if (row == l.rows() - 1) {
                name = messages.format("queue.done", messages.count(model.finishedCount()));
            } else {
                int x = row - 1;
                name = text.laneLabel(x, label, l.labelWidth - 14);
                color = GanttPalette.levelBorder(x, 0);
                g.setFill(GanttPalette.levelColor(x));
                g.fillRect(QueueLayout.PAD, top + 3, 4, l.rowHeight - 6);
            }
            g.setFill(color);
            g.setFont(label);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(name, QueueLayout.PAD + 10, top + l.rowHeight / 2, l.labelWidth - 14);
        }
    }

    private void paintOverflow(GraphicsContext g, QueueLayout l, int[] overflow) {
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int row = 0; row < l.rows() && row < overflow.length; row++) {
            if (overflow[row] <= 0) {
                continue;
            }
            String more = messages.format("queue.more", messages.count(overflow[row]));
            double x = l.chipX(l.capacity() - 1) + 2;
            double w = Math.max(l.chipWidth, l.laneRight() - x);
            double cy = l.rowTop(row) + l.rowHeight / 2;
            g.setFill(row % 2 == 0 ? GanttPalette.ROW_STRIPE : GanttPalette.BACKGROUND);
            g.fillRect(x - 2, l.rowTop(row) + 2, w, l.rowHeight - 4);
            g.setFill(GanttPalette.MUTED_TEXT);
            g.fillText(more, x, cy, w - 2);
        }
    }

    private void paintPanel(GraphicsContext g, QueueLayout l) {
        double x = l.panelLeft();
        double y = l.panelTop();
        double w = l.panelWidth;
        double h = l.panelHeight();
        g.setFill(PANEL_FILL);
        g.fillRoundRect(x, y, w, h, 12, 12);
        g.setStroke(PANEL_BORDER);
        g.setLineWidth(1.5);
        g.strokeRoundRect(x, y, w, h, 12, 12);
        g.setFill(GanttPalette.TEXT);
        g.setFont(label);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text.panelTitle(label, w - 12), x + w / 2, y + l.headerHeight() / 2 + 2, w - 12);
        if (l.slotRows) {
            for (int s = 0; s < l.slots; s++) {
                paintSlotRow(g, l, s);
            }
        } else {
            g.setFill(SLOT_FREE);
            for (int s = 0; s < l.slots; s++) {
                g.fillRect(l.slotChipX(s), l.slotChipY(s), l.slotChipWidth(), l.slotChipHeight());
            }
        }
    }

    private void paintSlotRow(GraphicsContext g, QueueLayout l, int s) {
        double top = l.slotRowTop(s);
        double rh = l.slotRowHeight;
        int job = model.slotJob(s);
        double tx = l.slotTextX();
        double tw = l.slotTextWidth();
        if (l.slots > 1) {
            g.setStroke(SLOT_FREE);
            g.setLineWidth(1);
            g.strokeLine(l.panelLeft() + 6, top + rh - 0.5, l.panelLeft() + l.panelWidth - 6, top + rh - 0.5);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(small);
        if (job < 0) {
            g.setFill(SLOT_FREE);
            g.fillRoundRect(l.slotChipX(s), l.slotChipY(s), l.slotChipWidth(), l.slotChipHeight(), 8, 8);
            g.setFill(GanttPalette.MUTED_TEXT);
            g.fillText(l.slots == 1 ? messages.get("queue.idle") : messages.get("queue.free"), tx, top + rh / 2, tw);
            return;
        }
        double p = model.workProgress(job);
        g.setFill(GanttPalette.TEXT);
        g.fillText(text.work(job, small, tw), tx, top + rh * 0.36, tw);
        double barY = top + rh * 0.62;
        double barH = Math.max(4, rh * 0.16);
        g.setFill(BAR_TRACK);
        g.fillRect(tx, barY, tw - 34, barH);
        g.setFill(GanttPalette.levelColor(Math.max(0, model.levelOf(job))));
        g.fillRect(tx, barY, (tw - 34) * p, barH);
        g.setFill(GanttPalette.MUTED_TEXT);
        g.fillText(Math.round(p * 100) + "%", tx + tw - 30, barY + barH / 2, 30);
    }

    private void paintGridProgress(GraphicsContext g, QueueLayout l) {
        for (int s = 0; s < l.slots; s++) {
            int job = model.slotJob(s);
            if (job < 0) {
                continue;
            }
            double p = model.workProgress(job);
            double w = l.slotChipWidth();
            double h = Math.max(1, Math.min(3, l.cell / 6));
            g.setFill(Color.WHITE);
            g.fillRect(l.slotChipX(s), l.slotChipY(s) + l.slotChipHeight() - h, w * p, h);
        }
    }

    private void paintTrail(GraphicsContext g, QueueLayout l, int job, long now) {
        double a = motion.trail(job, now);
        if (a <= 0) {
            return;
        }
        double w = motion.w(job, now, l.chipWidth);
        double h = motion.h(job, now, l.chipHeight);
        double ox = motion.originX(job) + w / 2;
        double oy = motion.originY(job) + h / 2;
        double tx = motion.x(job, now) + w / 2;
        double ty = motion.y(job, now) + h / 2;
        if (Math.hypot(tx - ox, ty - oy) < 4) {
            return;
        }
        g.setStroke(Color.web("#5f6b7a", 0.7 * a));
        g.setLineWidth(1.5);
        g.strokeLine(ox, oy, tx, ty);
        g.setStroke(Color.web("#5f6b7a", 0.45 * a));
        g.strokeRoundRect(motion.originX(job), motion.originY(job), w, h, 8, 8);
    }

    private void paintChip(GraphicsContext g, QueueLayout l, int job, long now) {
        double x = motion.x(job, now);
        double y = motion.y(job, now);
        double w = motion.w(job, now, l.chipWidth);
        double h = motion.h(job, now, l.chipHeight);
        JobState st = model.stateOf(job);
        Color fill;
        if (st == JobState.BUFFER) {
            fill = BUFFER_CHIP;
        } else if (st == JobState.DONE || st == JobState.DROPPED) {
            fill = DONE_CHIP;
        } else {
            fill = GanttPalette.levelColor(Math.max(0, model.levelOf(job)));
        }
        double arc = Math.min(8, Math.min(w, h) / 2);
        boolean prefill = st == JobState.RUNNING && model.workKind(job) == Timeline.CHUNK;
        if (prefill) {
            g.setFill(GanttPalette.prefillHatch(Math.max(0, model.levelOf(job))));
            g.fillRoundRect(x, y, w, h, arc, arc);
            g.setStroke(fill.darker());
            g.setLineWidth(1);
            g.strokeRoundRect(x, y, w, h, arc, arc);
        } else {
            // on whole pixels, from an image of this chip drawn once; a chip changing size in flight is its
            // image at rest, stretched (not a new image every frame)
            x = Math.round(x);
            y = Math.round(y);
            w = Math.max(1, Math.round(w));
            h = Math.max(1, Math.round(h));
            arc = Math.min(8, Math.min(w, h) / 2);
            double rw = Math.max(1, Math.round(motion.restW(job, l.chipWidth)));
            double rh = Math.max(1, Math.round(motion.restH(job, l.chipHeight)));
            double restArc = Math.min(8, Math.min(rw, rh) / 2);
            g.drawImage(chips.get(fill, fill.darker(), (int) rw, (int) rh, restArc, renderScale), x - 1, y - 1,
                    w + 2, h + 2);
        }
        if (model.preempted(job)) {
            g.setStroke(GanttPalette.ALERT);
            g.setLineWidth(2);
            g.setLineDashes(3, 2);
            g.strokeRoundRect(x - 1, y - 1, w + 2, h + 2, arc, arc);
            g.setLineDashes(null);
        }
        if (w >= 18 && h >= 10) {
            g.setFill(Color.WHITE);
            g.setFont(chip);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            String id = model.getRecording().trace().id(job);
            if (model.preempted(job)) {
                id = id + (model.swappedBlocksOf(job) > 0 ? " ⇄" : " ↺");
            }
            g.fillText(id, x + w / 2, y + h / 2, w - 4);
        }
    }
}
