package org.servelab.ui.gantt;

import javafx.scene.paint.Color;

/**
 * The colours of the Gantt chart, shared by the view, the PNG export and any other view that shows queue
 * levels (the animated queues), so that "Q3" has one colour everywhere.
 *
 * <p>Up to eight levels use a fixed table ordered from cool (Q1, highest priority) to warm; more levels
 * are spread over the same hue range.
 */
public final class GanttPalette {

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color ROW_STRIPE = Color.web("#f3f5f8");
    public static final Color GRID = Color.web("#dde2e8");
    public static final Color TEXT = Color.web("#222831");
    public static final Color MUTED_TEXT = Color.web("#5f6b7a");
    public static final Color WAITING = Color.web("#8a96a3", 0.22);
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
    };

    private GanttPalette() {
    }

    /** The colour of queue level {@code level} (0-based, Q1 is 0) when a policy has {@code levels} levels. */
    public static Color levelColor(int level, int levels) {
        if (levels <= TABLE.length) {
            return TABLE[Math.max(0, Math.min(level, TABLE.length - 1))];
        }
        double f = levels <= 1 ? 0 : (double) level / (levels - 1);
        return Color.hsb(212 * (1 - f), 0.72, 0.80);
    }

    /** A darker shade of a level colour, for borders and prefill hatching. */
    public static Color levelBorder(int level, int levels) {
        return levelColor(level, levels).deriveColor(0, 1.0, 0.62, 1.0);
    }

    /** The level colour as {@code #rrggbb}, for CSS. */
    public static String levelColorWeb(int level, int levels) {
        Color c = levelColor(level, levels);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
