package org.servelab.ui.queue;

/**
 * Where things go in the queue view for a given size: rows top to bottom are the buffer, Q1..Qk and the
 * finished jobs, chips running from the head (left) to the tail; the inference panel on the right holds
 * the batch's slots. Everything shrinks with the view (narrow comparison columns) and grows with the
 * presentation scale; chips never leave their panel at rest.
 *
 * <p>Slots are drawn as rows (a chip, what it does and its progress) while they fit, else as a dense grid
 * of cells, up to 256 of them, with a counter above.
 */
final class QueueLayout {

    static final double PAD = 8;
    static final double CHIP_GAP = 6;
    private static final double HEADER = 22;
    private static final double MIN_SLOT_ROW = 30;
    private static final int MAX_SLOT_ROWS = 8;

    final double width;
    final double height;
    final int levels;
    final int slots;
    final double scale;
    final double rowHeight;
    final double labelWidth;
    final double panelWidth;
    final double chipWidth;
    final double chipHeight;
    final boolean slotRows;
    final int gridColumns;
    final double cell;
    final double slotRowHeight;

    QueueLayout(double width, double height, int levels, int slots, double scale) {
        this.width = width;
        this.height = height;
        this.levels = levels;
        this.slots = Math.max(1, slots);
        this.scale = scale;
        this.rowHeight = Math.max(18, Math.min(46 * scale, (height - 2 * PAD) / (levels + 2)));
        double panel = (this.slots == 1 ? 210 : this.slots <= MAX_SLOT_ROWS ? 250 : 270) * scale;
        this.panelWidth = Math.max(120, Math.min(panel, width * 0.42));
        this.labelWidth = Math.max(58, Math.min(150 * scale, width * 0.16));
        this.chipHeight = Math.max(12, rowHeight - 10);
        double lane = width - panelWidth - 3 * PAD - labelWidth;
        double preferred = 46 * scale;
        double fitFour = (lane + CHIP_GAP) / 4 - CHIP_GAP;
        this.chipWidth = Math.max(26, Math.min(preferred, fitFour));
        double area = slotAreaHeight();
        double rowH = Math.min(50 * scale, area / this.slots);
        this.slotRows = this.slots <= MAX_SLOT_ROWS && rowH >= MIN_SLOT_ROW;
        this.slotRowHeight = rowH;
        if (slotRows) {
            gridColumns = 1;
            cell = 0;
        } else {
            double aw = panelWidth - 16;
            int best = 1;
            double bestSize = 0;
            for (int cols = 1; cols <= this.slots; cols++) {
                int rows = (this.slots + cols - 1) / cols;
                double size = Math.min(aw / cols, area / rows);
                if (size > bestSize) {
                    bestSize = size;
                    best = cols;
                }
            }
            gridColumns = best;
            cell = Math.max(3, Math.floor(bestSize));
        }
    }

    int rows() {
        return levels + 2;
    }

    /** Row of the buffer is 0, level x is x + 1, finished jobs are last. */
    double rowTop(int row) {
        return PAD + row * rowHeight;
    }

    double laneLeft() {
        return PAD + labelWidth;
    }

    double laneRight() {
        return width - panelWidth - 2 * PAD;
    }

    /** How many chips fit in a lane. */
    int capacity() {
        return Math.max(1, (int) Math.floor((laneRight() - laneLeft() + CHIP_GAP) / (chipWidth + CHIP_GAP)));
    }

    double chipX(int position) {
        return laneLeft() + position * (chipWidth + CHIP_GAP);
    }

    double chipY(int row) {
        return rowTop(row) + (rowHeight - chipHeight) / 2;
    }

    // ---- the inference panel --------------------------------------------------------------------

    double panelLeft() {
        return width - panelWidth - PAD;
    }

    double panelTop() {
        return PAD;
    }

    /** The panel's height: what its slot rows need, or all the height for a grid. */
    double panelHeight() {
        double all = Math.max(40, height - 2 * PAD);
        if (slotRows) {
            return Math.min(all, headerHeight() + 4 + slots * slotRowHeight + 8);
        }
        return all;
    }

    double headerHeight() {
        return HEADER * Math.max(1, scale);
    }

    private double slotAreaHeight() {
        return Math.max(20, Math.max(40, height - 2 * PAD) - HEADER * Math.max(1, scale) - 8);
    }

    double slotAreaTop() {
        return panelTop() + headerHeight() + 4;
    }

    /** Left of slot s's chip. */
    double slotChipX(int s) {
        if (slotRows) {
            return panelLeft() + 8;
        }
        return panelLeft() + 8 + (s % gridColumns) * cell;
    }

    double slotChipY(int s) {
        if (slotRows) {
            return slotAreaTop() + s * slotRowHeight + (slotRowHeight - slotChipHeight()) / 2;
        }
        return slotAreaTop() + (s / gridColumns) * cell;
    }

    double slotChipWidth() {
        return slotRows ? Math.min(chipWidth + 6, panelWidth * 0.3) : Math.max(2, cell - 2);
    }

    double slotChipHeight() {
        return slotRows ? Math.min(chipHeight + 4, slotRowHeight - 8) : Math.max(2, cell - 2);
    }

    /** Top of slot row s (rows mode). */
    double slotRowTop(int s) {
        return slotAreaTop() + s * slotRowHeight;
    }

    /** Left of the text beside a slot's chip (rows mode). */
    double slotTextX() {
        return slotChipX(0) + slotChipWidth() + 8;
    }

    double slotTextWidth() {
        return panelLeft() + panelWidth - 8 - slotTextX();
    }

    /** The slot under (x, y), or -1. */
    int slotAt(double x, double y) {
        for (int s = 0; s < slots; s++) {
            double sx = slotRows ? panelLeft() : slotChipX(s);
            double sw = slotRows ? panelWidth : cell;
            double sy = slotRows ? slotRowTop(s) : slotChipY(s);
            double sh = slotRows ? slotRowHeight : cell;
            if (x >= sx && x < sx + sw && y >= sy && y < sy + sh) {
                return s;
            }
        }
        return -1;
    }
}
