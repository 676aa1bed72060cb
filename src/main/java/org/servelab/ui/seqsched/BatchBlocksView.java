package org.servelab.ui.seqsched;

import java.util.List;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.servelab.seqsched.OfflineResult;

/**
 * One run's batches on a canvas ({@link BlockPainter}), repainted once per layout pass when the run, the shared
 * scale or the size changed. The batch under the mouse is {@link #hoveredProperty()}.
 */
final class BatchBlocksView extends Region {

    private static final double LEFT = 34;
    private static final double RIGHT = 14;
    private static final double TOP = 8;
    private static final double BOTTOM = 34;

    private final Canvas canvas = new Canvas();
    private final BlockPainter painter = new BlockPainter();
    private final String axisLabel;
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hovered", -1);
    private OfflineResult result;
    private BlockScale scale;
    private List<Rectangle2D> blocks = List.of();
    private boolean dirty = true;

    BatchBlocksView(String axisLabel) {
        this.axisLabel = axisLabel;
        getChildren().add(canvas);
        setMinSize(200, 120);
        setPrefSize(900, 260);
        canvas.setOnMouseMoved(e -> hovered.set(hit(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hovered.set(-1));
    }

    void show(OfflineResult r, BlockScale s) {
        this.result = r;
        this.scale = s;
        dirty = true;
        requestLayout();
    }

    ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The batch whose block holds the point, or -1. */
    int hit(double x, double y) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    /** The block of batch {@code index} as last painted. */
    Rectangle2D block(int index) {
        return blocks.get(index);
    }

    /** Links drawn from failed members to their re-run batches. */
    int links() {
        return painter.links();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            paint();
            dirty = false;
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Rectangle2D area = new Rectangle2D(LEFT, TOP, Math.max(1, canvas.getWidth() - LEFT - RIGHT),
                Math.max(1, canvas.getHeight() - TOP - BOTTOM));
        if (result == null) {
            blocks = List.of();
            return;
        }
        blocks = painter.paint(g, result, scale, area);
        BlockPainter.axis(g, scale, area, axisLabel);
    }
}
