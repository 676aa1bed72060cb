package org.servelab.ui.compare;

import javafx.scene.paint.Color;

/** The colour each compared run keeps in its column, the histogram and the mean bars. */
final class RunColours {

    private static final String[] WEB = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd"};

    private RunColours() {
    }

    static String web(int slot) {
        return WEB[Math.floorMod(slot, WEB.length)];
    }

    static Color color(int slot) {
        return Color.web(web(slot));
    }
}
