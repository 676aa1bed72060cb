package org.servelab.ui.lines;

import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.servelab.ui.bind.Shown;
import org.servelab.ui.bind.WeakListeners;

/**
 * A log drawn on a canvas, one line per row in alternating stripes, with a scroll bar: only the visible lines
 * are ever worded ({@link #text}), so a log of millions of lines scrolls as fast as one of six. While scrolled
 * to the bottom it follows the newest line. Hidden (its tab not selected), it is laid out when shown.
 */
public abstract class LinesPane extends Region {

    static final double ROW = 18;
    static final double PAD = 6;
    private static final Color STRIPE = Color.web("#f3f5f8");
    private static final Color TEXT = Color.web("#222831");

    private final Canvas canvas = new Canvas();
    private final ScrollBar bar = new ScrollBar();
    private final Font font;
    private boolean follow = true;

    /**
     * @param lines what changes when lines are added or removed
     * @param font  the font of the lines
     */
    protected LinesPane(Observable lines, Font font) {
        this.font = font;
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMin(0);
        getChildren().addAll(canvas, bar);
        // shown, it is a layout root (see MainWindow)
        WeakListeners.on(this, lines, this::requestLayoutIfShown);
        bar.valueProperty().addListener((o, a, b) -> {
            follow = b.doubleValue() >= bar.getMax() - 0.5;
            requestLayout();
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            bar.setValue(Math.max(0, Math.min(bar.getMax(), bar.getValue() - e.getDeltaY() / ROW)));
            e.consume();
        });
        setMinSize(100, 60);
        setPrefSize(600, 200);
    }

    /** The number of lines. */
    protected abstract int lineCount();

    /** Line {@code i} as shown. */
    protected abstract String text(int i);

    /** The first line in view. */
    public int firstShown() {
        return (int) Math.round(bar.getValue());
    }

    private void requestLayoutIfShown() {
        if (Shown.isShown(this)) {
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        if (!Shown.isShown(this)) {
            // in a tab not showing: laid out and painted when it is selected
            return;
        }
        double w = getWidth();
        double h = getHeight();
        double bw = bar.prefWidth(-1);
        bar.resizeRelocate(w - bw, 0, bw, h);
        canvas.setWidth(Math.max(0, w - bw));
        canvas.setHeight(h);
        int visible = (int) Math.floor((h - PAD) / ROW);
        int max = Math.max(0, lineCount() - visible);
        bar.setMax(max);
        bar.setVisibleAmount(Math.max(1, visible));
        bar.setUnitIncrement(1);
        bar.setBlockIncrement(Math.max(1, visible - 1));
        if (follow) {
            bar.setValue(max);
        }
        paint(visible);
    }

    private void paint(int visible) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        int first = firstShown();
        int last = Math.min(lineCount(), first + visible + 1);
        for (int i = first; i < last; i++) {
            double y = PAD / 2 + (i - first) * ROW;
            if (i % 2 == 1) {
                g.setFill(STRIPE);
                g.fillRect(0, y, canvas.getWidth(), ROW);
            }
            g.setFill(TEXT);
            g.fillText(text(i), PAD, y + ROW / 2);
        }
    }
}
