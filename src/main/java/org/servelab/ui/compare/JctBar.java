package org.servelab.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.servelab.ui.i18n.Messages;

/** One run's mean JCT as a bar: the whole run's mean as the outline, the live mean filled. */
final class JctBar extends VBox {

    private static final double WIDTH = 220;

    JctBar(String name, double live, double whole, double max, int index, int count, Messages messages) {
        setSpacing(1);
        Label label = new Label(messages.format("compare.barLabel", name, messages.number(live), messages.number(whole)));
        label.getStyleClass().add("bar-label");
        Rectangle outline = new Rectangle(max > 0 ? WIDTH * whole / max : 0, 12);
        outline.getStyleClass().addAll("jct-bar-outline", "series-" + index);
        Rectangle fill = new Rectangle(max > 0 && !Double.isNaN(live) ? WIDTH * live / max : 0, 12);
        fill.getStyleClass().addAll("jct-bar", "series-" + index);
        Pane bars = new StackPane(outline, fill);
        StackPane.setAlignment(outline, Pos.CENTER_LEFT);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        bars.setMaxWidth(WIDTH);
        getChildren().addAll(label, bars);
    }
}
