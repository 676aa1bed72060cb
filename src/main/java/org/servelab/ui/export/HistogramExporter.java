package org.servelab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

import org.servelab.ui.histogram.JctHistogramView;

/**
 * A JCT histogram of one or more runs as a PNG, rendered offscreen from a {@link JctHistogramView} in a
 * scene that is never shown. Callable from the JavaFX thread or from any other thread.
 */
public final class HistogramExporter {

    public static final int MIN_SIZE = 200;
    public static final int MAX_SIZE = 8000;
    /** Bins when none are asked for: the window's. */
    public static final int DEFAULT_BINS = 20;
    public static final int MAX_BINS = 1000;

    private HistogramExporter() {
    }

    /**
     * Writes the histogram of {@code series} (name to JCTs, drawn in map order) atomically as a PNG.
     *
     * @param binRange upper end of the bins, or {@code NaN} for the largest JCT
     */
    public static void exportPng(Map<String, ? extends List<Double>> series, double binRange, String unit,
                                 int width, int height, Path out) throws IOException {
        PngFiles.write(render(series, binRange, unit, width, height), out);
    }

    /** Renders the histogram at the given size, in the view's default number of bins. */
    public static BufferedImage render(Map<String, ? extends List<Double>> series, double binRange, String unit,
                                       int width, int height) {
        return render(series, binRange, DEFAULT_BINS, unit, width, height);
    }

    /**
     * Renders the histogram at the given size.
     *
     * @param binRange upper end of the bins, or {@code NaN} for the largest JCT
     * @param bins     how many bins (at least 1)
     */
    public static BufferedImage render(Map<String, ? extends List<Double>> series, double binRange, int bins,
                                       String unit, int width, int height) {
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException("bins must be between 1 and " + MAX_BINS + ", got " + bins);
        }
        check("width", width);
        check("height", height);
        return FxPlatform.call(() -> {
            JctHistogramView view = new JctHistogramView();
            view.setBinRange(binRange);
            view.setBinCount(bins);
            view.setTimeUnit(unit);
            series.forEach((name, jcts) -> view.addSeries(name, FXCollections.observableArrayList(jcts)));
            Scene scene = new Scene(view, width, height);
            scene.setFill(Color.WHITE);
            view.applyCss();
            view.layout();
            return SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        });
    }

    private static void check(String what, int px) {
        if (px < MIN_SIZE || px > MAX_SIZE) {
            throw new IllegalArgumentException(what + " must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels, got " + px);
        }
    }
}
