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

    private static final String[] DASHES = {"", "", "", "7 4", "2 4", "10 4 2 4"};

    /** A dash pattern (CSS lengths) for series {@code i}: the later of two equal lines still shows the first. */
    static String dash(int i) {
        return DASHES[Math.floorMod(i, DASHES.length)];
    }

    static String css(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
