package org.servelab.ui.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders a surface larger than a texture may be by painting it tile by tile on one offscreen canvas and
 * stitching the snapshots into a {@link BufferedImage}. Must run on the JavaFX thread.
 */
final class TiledSnapshot {

    /** Tile edge in pixels: well under the smallest maximum texture size of the JavaFX pipelines. */
    static final int TILE = 2048;

    /** Paints the part of the surface inside a clip rectangle, in surface coordinates. */
    @FunctionalInterface
    interface TilePainter {
        void paint(GraphicsContext gc, double x, double y, double w, double h);
    }

    private TiledSnapshot() {
    }

    static BufferedImage render(int width, int height, TilePainter painter) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Canvas canvas = new Canvas(Math.min(TILE, width), Math.min(TILE, height));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Graphics2D g2 = out.createGraphics();
        try {
            for (int ty = 0; ty < height; ty += TILE) {
                for (int tx = 0; tx < width; tx += TILE) {
                    int tw = Math.min(TILE, width - tx);
                    int th = Math.min(TILE, height - ty);
                    gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                    gc.save();
                    gc.translate(-tx, -ty);
                    painter.paint(gc, tx, ty, tw, th);
                    gc.restore();
                    g2.drawImage(SwingFXUtils.fromFXImage(snapshot(canvas, tw, th), null), tx, ty, null);
                }
            }
        } finally {
            g2.dispose();
        }
        return out;
    }

    private static WritableImage snapshot(Canvas canvas, int w, int h) {
        var params = new javafx.scene.SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setViewport(new Rectangle2D(0, 0, w, h));
        return canvas.snapshot(params, new WritableImage(w, h));
    }
}
