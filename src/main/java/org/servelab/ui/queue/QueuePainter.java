package org.servelab.ui.queue;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.servelab.engine.Schedule;
import org.servelab.ui.gantt.GanttPalette;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.JobState;
import org.servelab.ui.model.RunModel;

/** Paints the lanes, the inference slot, the trails and the chips of a {@link QueueView}. */
final class QueuePainter {

    private static final Color BUFFER_CHIP = Color.web("#8a96a3");
    private static final Color DONE_CHIP = Color.web("#3b4350");
    private static final Color SLOT_FILL = Color.web("#fff7e6");
    private static final Color SLOT_BORDER = Color.web("#e2a412");
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 12);
    private static final Font SMALL = Font.font("System", 11);
    private static final Font CHIP = Font.font("System", FontWeight.BOLD, 11);

    private final RunModel model;
    private final Messages messages;
    private final ChipMotion motion;

    QueuePainter(RunModel model, Messages messages, ChipMotion motion) {
        this.model = model;
        this.messages = messages;
        this.motion = motion;
    }

    void paint(GraphicsContext g, QueueLayout l, int[] shown, int count, int[] overflow, long now) {
        g.setFill(GanttPalette.BACKGROUND);
        g.fillRect(0, 0, l.width, l.height);
        if (model.getRecording() == null) {
            return;
        }
        paintRows(g, l, overflow);
        paintSlot(g, l);
        g.setLineDashes(4, 4);
        for (int k = 0; k < count; k++) {
            paintTrail(g, l, shown[k], now);
        }
        g.setLineDashes(null);
        for (int k = 0; k < count; k++) {
            paintChip(g, l, shown[k], now);
        }
    }

    private void paintRows(GraphicsContext g, QueueLayout l, int[] overflow) {
        Schedule s = model.getRecording().schedule();
        String unit = model.getRecording().trace().timeUnit().symbol();
        for (int row = 0; row < l.rows(); row++) {
            double top = l.rowTop(row);
            g.setFill(row % 2 == 0 ? GanttPalette.ROW_STRIPE : GanttPalette.BACKGROUND);
            g.fillRect(QueueLayout.PAD, top, l.laneRight() - QueueLayout.PAD + 4, l.rowHeight);
            String label;
            Color color = GanttPalette.TEXT;
            if (row == 0) {
                label = messages.get("queue.buffer");
            } else if (row == l.rows() - 1) {
                label = messages.format("queue.done", model.finishedCount());
            } else {
                int x = row - 1;
                double quantum = s.quantum(x);
                label = Double.isNaN(quantum) ? messages.format("queue.single", x + 1)
                        : messages.format("queue.lane", x + 1, messages.number(quantum), unit);
                color = GanttPalette.levelBorder(x, l.levels);
                g.setFill(GanttPalette.levelColor(x, l.levels));
                g.fillRect(QueueLayout.PAD, top + 3, 4, l.rowHeight - 6);
            }
            g.setFill(color);
            g.setFont(LABEL);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, QueueLayout.PAD + 10, top + l.rowHeight / 2, QueueLayout.LABEL_WIDTH - 14);
            if (overflow[row] > 0) {
                g.setFill(GanttPalette.MUTED_TEXT);
                g.setFont(SMALL);
                g.fillText(messages.format("queue.more", overflow[row]),
                        l.chipX(l.capacity() - 1) + 2, top + l.rowHeight / 2, QueueLayout.CHIP_WIDTH + 40);
            }
        }
    }

    private void paintSlot(GraphicsContext g, QueueLayout l) {
        double x = l.slotLeft();
        double y = l.slotTop();
        double w = QueueLayout.SLOT_WIDTH;
        double h = l.slotHeight();
        g.setFill(SLOT_FILL);
        g.fillRoundRect(x, y, w, h, 12, 12);
        g.setStroke(SLOT_BORDER);
        g.setLineWidth(1.5);
        g.strokeRoundRect(x, y, w, h, 12, 12);
        g.setFill(GanttPalette.TEXT);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(messages.get("queue.slot"), x + w / 2, y + 5, w - 10);
        int job = model.slotJob();
        double barY = l.slotChipY() + l.chipHeight() + 8;
        g.setFill(Color.web("#ece6d8"));
        g.fillRect(x + 12, barY, w - 24, 8);
        if (job < 0) {
            g.setFont(SMALL);
            g.setFill(GanttPalette.MUTED_TEXT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(messages.get("queue.idle"), x + w / 2, l.slotChipY() + l.chipHeight() / 2, w - 10);
            return;
        }
        double p = model.slotProgress();
        int levels = l.levels;
        g.setFill(GanttPalette.levelColor(model.slotLevel(), levels));
        g.fillRect(x + 12, barY, (w - 24) * p, 8);
        int token = model.slotToken();
        int total = model.getRecording().trace().outputTokens(job);
        String what = token == 1 ? messages.format("queue.prefill", Math.round(p * 100))
                : messages.format("queue.decode", token, total, Math.round(p * 100));
        g.setFont(SMALL);
        g.setFill(GanttPalette.TEXT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(what, x + w / 2, barY + 11, w - 10);
    }

    private void paintTrail(GraphicsContext g, QueueLayout l, int job, long now) {
        double a = motion.trail(job, now);
        if (a <= 0) {
            return;
        }
        double half = QueueLayout.CHIP_WIDTH / 2;
        double cy = l.chipHeight() / 2;
        double ox = motion.originX(job) + half;
        double oy = motion.originY(job) + cy;
        double tx = motion.x(job, now) + half;
        double ty = motion.y(job, now) + cy;
        if (Math.hypot(tx - ox, ty - oy) < 4) {
            return;
        }
        g.setStroke(Color.web("#5f6b7a", 0.7 * a));
        g.setLineWidth(1.5);
        g.strokeLine(ox, oy, tx, ty);
        g.setStroke(Color.web("#5f6b7a", 0.45 * a));
        g.strokeRoundRect(motion.originX(job), motion.originY(job), QueueLayout.CHIP_WIDTH, l.chipHeight(), 8, 8);
    }

    private void paintChip(GraphicsContext g, QueueLayout l, int job, long now) {
        double x = motion.x(job, now);
        double y = motion.y(job, now);
        JobState st = model.stateOf(job);
        Color fill;
        if (st == JobState.BUFFER) {
            fill = BUFFER_CHIP;
        } else if (st == JobState.DONE) {
            fill = DONE_CHIP;
        } else {
            fill = GanttPalette.levelColor(Math.max(0, model.levelOf(job)), l.levels);
        }
        g.setFill(fill);
        g.fillRoundRect(x, y, QueueLayout.CHIP_WIDTH, l.chipHeight(), 8, 8);
        g.setStroke(fill.darker());
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, QueueLayout.CHIP_WIDTH, l.chipHeight(), 8, 8);
        g.setFill(Color.WHITE);
        g.setFont(CHIP);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(model.getRecording().trace().id(job), x + QueueLayout.CHIP_WIDTH / 2, y + l.chipHeight() / 2,
                QueueLayout.CHIP_WIDTH - 6);
    }
}
