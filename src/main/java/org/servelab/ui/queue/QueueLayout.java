package org.servelab.ui.queue;

/**
 * Where things go in the queue view for a given size: rows top to bottom are the buffer, Q1..Qk and
 * the finished jobs; chips run from the head (left) to the tail; the inference slot sits on the right.
 */
final class QueueLayout {

    static final double PAD = 8;
    static final double LABEL_WIDTH = 150;
    static final double SLOT_WIDTH = 200;
    static final double CHIP_WIDTH = 46;
    static final double CHIP_GAP = 6;

    final double width;
    final double height;
    final int levels;
    final double rowHeight;

    QueueLayout(double width, double height, int levels) {
        this.width = width;
        this.height = height;
        this.levels = levels;
        this.rowHeight = Math.max(18, Math.min(46, (height - 2 * PAD) / (levels + 2)));
    }

    int rows() {
        return levels + 2;
    }

    /** Row of the buffer is 0, level x is x + 1, finished jobs are last. */
    double rowTop(int row) {
        return PAD + row * rowHeight;
    }

    double chipHeight() {
        return Math.max(12, rowHeight - 10);
    }

    double laneLeft() {
        return PAD + LABEL_WIDTH;
    }

    double laneRight() {
        return width - SLOT_WIDTH - 2 * PAD;
    }

    /** How many chips fit in a lane. */
    int capacity() {
        return Math.max(1, (int) Math.floor((laneRight() - laneLeft() + CHIP_GAP) / (CHIP_WIDTH + CHIP_GAP)));
    }

    double chipX(int position) {
        return laneLeft() + position * (CHIP_WIDTH + CHIP_GAP);
    }

    double chipY(int row) {
        return rowTop(row) + (rowHeight - chipHeight()) / 2;
    }

    double slotLeft() {
        return width - SLOT_WIDTH - PAD;
    }

    double slotTop() {
        return rowTop(1);
    }

    double slotHeight() {
        return Math.max(rowHeight * 2, Math.min(levels * rowHeight, 130));
    }

    double slotChipX() {
        return slotLeft() + (SLOT_WIDTH - CHIP_WIDTH) / 2;
    }

    double slotChipY() {
        return slotTop() + slotHeight() / 2 - chipHeight() / 2 - 6;
    }
}
