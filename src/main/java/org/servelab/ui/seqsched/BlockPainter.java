package org.servelab.ui.seqsched;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.servelab.seqsched.OfflineBatch;
import org.servelab.seqsched.OfflineResult;

/**
 * Paints one run's batches into a rectangle: each batch a block (width its length, height its size), its
 * members one row each, the useful tokens filled and the padding hatched; members FCR re-ran filled red with a
 * mark at the cap and a curve to the batch that re-ran them; responses cut at the max length in orange;
 * prediction batches pale. Returns the block of every batch it painted, for hit tests.
 */
final class BlockPainter {

    static final Color USEFUL = Color.web("#4c78a8");
    static final Color FAILED = Color.web("#d62728");
    static final Color CUT = Color.web("#f28e2b");
    static final Color PADDING = Color.web("#ececec");
    static final Color HATCH = Color.web("#b0b0b0");
    static final Color PREDICT = Color.web("#d9d2e9");
    static final Color OUTLINE = Color.web("#555555");
    static final Color RERUN_OUTLINE = Color.web("#a01a1a");
    private static final double HATCH_GAP = 6;

    private int links;

    /** Curves drawn from failed members to their re-run batch in the last {@link #paint}. */
    int links() {
        return links;
    }

    /**
     * @param area where the plot goes (axes excluded); blocks stand on its bottom edge
     * @return each batch's block, by batch index
     */
    List<Rectangle2D> paint(GraphicsContext g, OfflineResult r, BlockScale scale, Rectangle2D area) {
        double xs = area.getWidth() / scale.iterations();
        double ys = area.getHeight() / scale.members();
        List<Rectangle2D> blocks = new ArrayList<>();
        double x = area.getMinX();
        for (OfflineBatch b : r.batches()) {
            double w = b.length() * xs;
            double h = b.size() * ys;
            Rectangle2D block = new Rectangle2D(x, area.getMaxY() - h, Math.max(w, 0.5), Math.max(h, 0.5));
            blocks.add(block);
            if (b.kind() == OfflineBatch.Kind.PREDICT) {
                prediction(g, block);
            } else {
                batch(g, r, b, block, xs);
            }
            x += w;
        }
        links = 0;
        for (OfflineBatch b : r.batches()) {
            links += links(g, r, b, blocks);
        }
        return blocks;
    }

    private static void prediction(GraphicsContext g, Rectangle2D r) {
        g.setFill(PREDICT);
        g.fillRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
        g.setStroke(OUTLINE);
        g.setLineWidth(0.6);
        g.strokeRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private void batch(GraphicsContext g, OfflineResult r, OfflineBatch b, Rectangle2D block, double xs) {
        g.setFill(PADDING);
        g.fillRect(block.getMinX(), block.getMinY(), block.getWidth(), block.getHeight());
        hatch(g, block);
        Set<Integer> failed = new LinkedHashSet<>();
        for (int q : r.failedFrom(b)) {
            failed.add(q);
        }
        double rh = block.getHeight() / b.size();
        int maxLength = r.settings().maxLength();
        for (int i = 0; i < b.size(); i++) {
            int q = b.members()[i];
            int length = r.queries().get(q).length();
            double top = block.getMaxY() - (i + 1) * rh;
            if (failed.contains(q)) {
                g.setFill(FAILED);
                g.fillRect(block.getMinX(), top, b.length() * xs, rh);
                mark(g, block.getMinX() + b.length() * xs, top + rh / 2, Math.max(3, Math.min(6, rh)));
            } else {
                g.setFill(length > maxLength && b.length() == maxLength ? CUT : USEFUL);
                g.fillRect(block.getMinX(), top, Math.min(length, b.length()) * xs, rh);
            }
        }
        g.setLineWidth(b.kind() == OfflineBatch.Kind.RERUN ? 1.4 : 0.7);
        g.setStroke(b.kind() == OfflineBatch.Kind.RERUN ? RERUN_OUTLINE : OUTLINE);
        if (b.kind() == OfflineBatch.Kind.RERUN) {
            g.setLineDashes(4, 3);
        }
        g.strokeRect(block.getMinX(), block.getMinY(), block.getWidth(), block.getHeight());
        g.setLineDashes();
    }

    private static void hatch(GraphicsContext g, Rectangle2D r) {
        g.save();
        g.beginPath();
        g.rect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
        g.clip();
        g.setStroke(HATCH);
        g.setLineWidth(0.7);
        for (double d = -r.getHeight(); d < r.getWidth(); d += HATCH_GAP) {
            g.strokeLine(r.getMinX() + d, r.getMaxY(), r.getMinX() + d + r.getHeight(), r.getMinY());
        }
        g.restore();
    }

    /** A small red triangle pointing right: here the member was stopped at the cap. */
    private static void mark(GraphicsContext g, double x, double y, double size) {
        g.setFill(FAILED);
        g.fillPolygon(new double[] {x, x + size, x}, new double[] {y - size, y, y + size}, 3);
    }

    /** Curves from a batch's failed members to each batch that re-ran them. */
    private static int links(GraphicsContext g, OfflineResult r, OfflineBatch b, List<Rectangle2D> blocks) {
        int[] failed = r.failedFrom(b);
        if (failed.length == 0) {
            return 0;
        }
        Set<Integer> targets = new LinkedHashSet<>();
        for (int q : failed) {
            targets.add(r.batchOf()[q]);
        }
        Rectangle2D from = blocks.get(b.index());
        g.setStroke(FAILED.deriveColor(0, 1, 1, 0.75));
        g.setLineWidth(1.2);
        for (int t : targets) {
            Rectangle2D to = blocks.get(t);
            double x0 = from.getMaxX();
            double y0 = from.getMinY();
            double x1 = to.getMinX() + Math.min(6, to.getWidth() / 2);
            double y1 = to.getMinY();
            double lift = Math.max(14, Math.min(60, (x1 - x0) / 4));
            double top = Math.max(2, Math.min(y0, y1) - lift);
            g.beginPath();
            g.moveTo(x0, y0);
            g.bezierCurveTo(x0, top, x1, top, x1, y1);
            g.stroke();
            g.setFill(FAILED);
            g.fillPolygon(new double[] {x1 - 3.5, x1 + 3.5, x1}, new double[] {y1 - 6, y1 - 6, y1}, 3);
        }
        return targets.size();
    }

    /** Iteration ticks under the area. */
    static void axis(GraphicsContext g, BlockScale scale, Rectangle2D area, String label) {
        g.setStroke(OUTLINE);
        g.setLineWidth(1);
        g.strokeLine(area.getMinX(), area.getMaxY() + 0.5, area.getMaxX(), area.getMaxY() + 0.5);
        g.setFill(OUTLINE);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double step = niceStep(scale.iterations() / 8.0);
        for (double v = 0; v <= scale.iterations(); v += step) {
            double px = area.getMinX() + v / scale.iterations() * area.getWidth();
            g.strokeLine(px, area.getMaxY(), px, area.getMaxY() + 4);
            g.fillText(String.format(java.util.Locale.ROOT, "%,d", (long) v), px, area.getMaxY() + 5);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(label, area.getMaxX(), area.getMaxY() + 18);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Integer.toString(scale.members()), area.getMinX() - 4, area.getMinY() + 4);
        g.fillText("0", area.getMinX() - 4, area.getMaxY() - 2);
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        double f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }
}
