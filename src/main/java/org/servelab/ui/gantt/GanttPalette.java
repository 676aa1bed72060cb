package org.servelab.ui.gantt;

import javafx.scene.paint.Color;

/**
 * The colours of the Gantt chart, shared by the view, the PNG export and any other view that shows queue
 * levels (the animated queues), so that "Q3" has one colour everywhere.
 *
 * <p>Queue levels use a fixed table of twelve colours, ordered from cool (Q1, highest priority) to warm and
 * then on to colours far from their neighbours: Qx has the same colour whatever the number of levels, and
 * ten levels stay distinguishable. Beyond twelve the table repeats with darker shades.
 */
public final class GanttPalette {

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color ROW_STRIPE = Color.web("#f3f5f8");
    public static final Color GRID = Color.web("#dde2e8");
    public static final Color TEXT = Color.web("#222831");
    public static final Color MUTED_TEXT = Color.web("#5f6b7a");
    public static final Color WAITING = Color.web("#8a96a3", 0.22);
    /** The outline of the waiting bar, so that its legend swatch does not look like a decode. */
    public static final Color WAITING_EDGE = Color.web("#8a96a3", 0.7);
    /** Padding: a finished member of a static batch still taking its place. */
    public static final Color PADDING = Color.web("#c9ced6");
    /** A failed KV allocation (a preemption) and preempted chips. */
    public static final Color ALERT = Color.web("#d11f3f");
    public static final Color ARRIVAL = Color.web("#4a5560");
    public static final Color FINISH = Color.web("#111111");
    public static final Color NOW_LINE = Color.web("#e0245e");
    public static final Color CHROME = Color.web("#fafbfc");

    private static final Color[] TABLE = {
        Color.web("#2f6fba"), // Q1 blue
        Color.web("#17a2a0"), // Q2 teal
        Color.web("#5aae3a"), // Q3 green
        Color.web("#e2a412"), // Q4 amber
        Color.web("#e0661c"), // Q5 orange
        Color.web("#c8324b"), // Q6 red
        Color.web("#9b3f9e"), // Q7 purple
        Color.web("#6b5b4b"), // Q8 brown
        Color.web("#d0589e"), // Q9 pink
        Color.web("#8a8d1b"), // Q10 olive
        Color.web("#26408f"), // Q11 navy
        Color.web("#0b7a5c"), // Q12 dark green
    };

    private static final java.util.Map<Integer, javafx.scene.paint.Paint> HATCHES = new java.util.HashMap<>();

    private GanttPalette() {
    }

    /** The hatch a level's prefill is drawn with (the Gantt chart's prefill bars, prefill chips). */
    public static javafx.scene.paint.Paint prefillHatch(int level) {
        return HATCHES.computeIfAbsent(Math.max(0, level),
                x -> LevelFills.makeHatch(levelColor(x), levelBorder(x, 0)));
    }

    /** The colour of queue level {@code level} (0-based, Q1 is 0), the same for any number of levels. */
    public static Color levelColor(int level) {
        int x = Math.max(0, level);
        Color c = TABLE[x % TABLE.length];
        return x < TABLE.length ? c : c.deriveColor(0, 1, 0.7, 1);
    }

    /** The colour of a level; {@code levels} is ignored (a level's colour never depends on it). */
    public static Color levelColor(int level, int levels) {
        return levelColor(level);
    }

    /** A darker shade of a level colour, for borders and prefill hatching. */
    public static Color levelBorder(int level, int levels) {
        return levelColor(level).deriveColor(0, 1.0, 0.62, 1.0);
    }

    /** The level colour as {@code #rrggbb}, for CSS. */
    public static String levelColorWeb(int level, int levels) {
        Color c = levelColor(level);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
