package org.servelab.ui.plot;

import javafx.scene.paint.Color;

/** Line colours that stay apart for colour-blind readers (Okabe and Ito's palette) and in greyscale print. */
final class PlotPalette {

    private static final Color[] COLORS = {
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#000000"), Color.web("#F0E442"),
        Color.web("#882255"), Color.web("#44AA99"), Color.web("#999933"), Color.web("#888888"),
    };

    private PlotPalette() {
    }

    static Color color(int i) {
        return COLORS[Math.floorMod(i, COLORS.length)];
    }

    private static final String[] DASHES = {"", "9 5", "2 4", "12 4 2 4", "5 3", "1 3"};

    /**
     * A dash pattern (CSS lengths) for series {@code i}: the first is solid and every later one is dashed
     * differently, so two or three equal lines drawn over each other all stay visible.
     */
    static String dash(int i) {
        return DASHES[Math.floorMod(i, DASHES.length)];
    }

    /** Line width of series {@code i}: the first widest, so a dashed line drawn on it leaves it visible. */
    static double width(int i) {
        return Math.floorMod(i, DASHES.length) == 0 ? 3 : 2;
    }

    /** SVG outlines of the point markers, one per series (the first, {@code null}, is a circle). */
    private static final String[] SHAPES = {null, "M0 0 H10 V10 H0 Z", "M5 0 L10 9 L0 9 Z", "M5 0 L10 5 L5 10 L0 5 Z",
        "M0 3 L3 0 L5 2 L7 0 L10 3 L8 5 L10 7 L7 10 L5 8 L3 10 L0 7 L2 5 Z", "M0 0 L10 0 L5 9 Z"};
    /** Marker radii in pixels: decreasing, so markers on the same point nest instead of hiding each other. */
    private static final double[] MARKER = {6, 4.5, 4.5, 4.5, 4.5, 4.5};

    /**
     * CSS for the point marker of series {@code i} in {@code colour}: the outline of a circle, square, triangle,
     * diamond, cross or inverted triangle, hollow and see-through, so that markers at the same point all show.
     */
    static String marker(int i, Color colour) {
        int k = Math.floorMod(i, SHAPES.length);
        String hex = css(colour);
        String shape = SHAPES[k] == null ? "-fx-background-radius: " + MARKER[k] + "px; -fx-border-radius: " + MARKER[k] + "px;"
                : "-fx-shape: \"" + SHAPES[k] + "\"; -fx-scale-shape: true;";
        return "-fx-background-color: transparent; -fx-border-color: " + hex + "; -fx-border-width: 2px; " + shape
                + " -fx-padding: " + MARKER[k] + "px;";
    }

    /**
     * How far series {@code i} of {@code n} draws its whiskers to the side, in pixels, so that equal whiskers of
     * up to four lines stand side by side (markers and lines stay where the values are).
     */
    static double dodge(int i, int n) {
        return n <= 1 || n > 4 ? 0 : (i - (n - 1) / 2.0) * 3;
    }

    static String css(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
