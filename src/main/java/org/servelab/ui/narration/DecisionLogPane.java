package org.servelab.ui.narration;

import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;

/**
 * The decision log: one line per decision of the run up to the displayed time, with its reason, drawn on a
 * canvas (only the visible lines are ever worded). While scrolled to the bottom it follows the newest line.
 */
public final class DecisionLogPane extends Region {

    private static final double ROW = 18;
    private static final double PAD = 6;

    private final RunModel model;
    private final Narrator narrator;
    private final Canvas canvas = new Canvas();
    private final ScrollBar bar = new ScrollBar();
    private Font font = Font.font(12);
    private boolean follow = true;

    public DecisionLogPane(RunModel model, Messages messages) {
        this.model = model;
        this.narrator = new Narrator(messages);
        setId("decisionLog");
        getStyleClass().add("decision-log");
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMin(0);
        getChildren().addAll(canvas, bar);
        // hidden (its tab not selected), it is laid out when shown; shown, it is a layout root (see MainWindow)
        WeakListeners.on(this, model.decisions(), this::requestLayoutIfShown);
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

    /** The line i as shown (tests). */
    public String line(int i) {
        return narrator.line(model.getRecording(), model.decisions().get(i));
    }

    public int lines() {
        return model.decisions().size();
    }

    private void requestLayoutIfShown() {
        if (org.servelab.ui.bind.Shown.isShown(this)) {
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        if (!org.servelab.ui.bind.Shown.isShown(this)) {
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
        int max = Math.max(0, lines() - visible);
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
        int first = (int) Math.round(bar.getValue());
        int last = Math.min(lines(), first + visible + 1);
        for (int i = first; i < last; i++) {
            double y = PAD / 2 + (i - first) * ROW;
            if (i % 2 == 1) {
                g.setFill(Color.web("#f3f5f8"));
                g.fillRect(0, y, canvas.getWidth(), ROW);
            }
            g.setFill(Color.web("#222831"));
            g.fillText(line(i), PAD, y + ROW / 2);
        }
    }
}
