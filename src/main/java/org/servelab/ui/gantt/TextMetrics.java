package org.servelab.ui.gantt;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text the way the canvas will draw it. */
public final class TextMetrics {

    private TextMetrics() {
    }

    public static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
