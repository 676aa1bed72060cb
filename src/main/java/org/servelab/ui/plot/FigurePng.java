package org.servelab.ui.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

import org.servelab.experiment.plot.Figure;
import org.servelab.experiment.plot.HeatmapFigure;
import org.servelab.experiment.plot.LineFigure;
import org.servelab.ui.export.FxPlatform;
import org.servelab.workload.io.AtomicFiles;

/**
 * Renders figures offscreen into PNG files, from any thread: the toolkit is started without a window when
 * it is not running ({@link FxPlatform}). Sizes follow the figure's layout so that text never has to
 * shrink.
 */
public final class FigurePng {

    static final double PANEL_W = 470;
    static final double PANEL_H = 330;

    private FigurePng() {
    }

    /** Writes the figure atomically as a PNG. */
    public static void write(Figure figure, Path file) throws IOException {
        BufferedImage image = render(figure);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG encoder available");
            }
        });
    }

    /** Renders the figure at its natural size. */
    public static BufferedImage render(Figure figure) {
        return FxPlatform.call(() -> {
            Parent node = node(figure);
            double[] size = size(figure);
            Scene scene = new Scene(node, size[0], size[1]);
            scene.setFill(Color.WHITE);
            for (int pass = 0; pass < 3; pass++) {
                node.applyCss();
                node.layout();
            }
            return SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        });
    }

    /** The figure as a node, for the window. */
    public static Parent node(Figure figure) {
        if (figure instanceof LineFigure) {
            return new LineFigureView((LineFigure) figure);
        }
        if (figure instanceof HeatmapFigure) {
            return new HeatmapView((HeatmapFigure) figure);
        }
        throw new IllegalArgumentException("unknown figure " + figure.getClass().getSimpleName());
    }

    static double[] size(Figure figure) {
        if (figure instanceof LineFigure) {
            LineFigure f = (LineFigure) figure;
            int rows = (f.panels().size() + f.columns() - 1) / f.columns();
            return new double[] {Math.max(760, f.columns() * PANEL_W + 40), rows * PANEL_H + 150};
        }
        HeatmapFigure f = (HeatmapFigure) figure;
        int across = f.gridColumns();
        int down = (f.grids().size() + across - 1) / across;
        double gridW = (HeatmapView.CELL_W + 2) * f.columns().size() + HeatmapView.GRID_EXTRA_W;
        double gridH = (HeatmapView.CELL_H + 2) * f.rows().size() + HeatmapView.GRID_EXTRA_H;
        return new double[] {Math.max(640, 60 + across * (gridW + 24)), 140 + down * (gridH + 14)};
    }
}
