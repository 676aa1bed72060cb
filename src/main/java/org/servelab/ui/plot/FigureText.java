package org.servelab.ui.plot;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The title and note lines of a figure. */
final class FigureText {

    private FigureText() {
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 17));
        l.setTextFill(Color.gray(0.1));
        return l;
    }

    static Label note(String text) {
        Label l = new Label(text);
        l.setFont(Font.font("DejaVu Sans", 12));
        l.setTextFill(Color.gray(0.3));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
