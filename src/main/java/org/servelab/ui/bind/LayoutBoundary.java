package org.servelab.ui.bind;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Holds one node whose content changes every frame (a line of text) without laying out the window again:
 * the node is unmanaged, so a change of its text lays out the node alone instead of every pane up to the
 * window's root. The holder takes the node's sizes; use it where the node's size does not follow its content
 * (a fixed width, or text cut with an ellipsis).
 */
public final class LayoutBoundary extends Region {

    private final Node child;

    private LayoutBoundary(Node child) {
        this.child = child;
        child.setManaged(false);
        getChildren().add(child);
        getStyleClass().add("layout-boundary");
    }

    public static LayoutBoundary of(Node child) {
        return new LayoutBoundary(child);
    }

    /** The node held. */
    public Node child() {
        return child;
    }

    @Override
    protected double computeMinWidth(double height) {
        return child.minWidth(height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return child.prefWidth(height);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return child.maxWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return child.minHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return child.prefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return child.maxHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        child.resizeRelocate(in.getLeft(), in.getTop(), getWidth() - in.getLeft() - in.getRight(),
                getHeight() - in.getTop() - in.getBottom());
    }
}
