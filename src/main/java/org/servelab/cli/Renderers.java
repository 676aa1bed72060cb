package org.servelab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.servelab.engine.Schedule;
import org.servelab.experiment.plot.Figure;

/**
 * The pictures the command line writes as PNG files. The command line owns this interface and never imports
 * the window's packages: the drawing (JavaFX, offscreen) is found at run time with {@link java.util.ServiceLoader}, as
 * registered in {@code META-INF/services/org.servelab.cli.Renderers}.
 */
public interface Renderers {

    /** Narrowest Gantt chart {@link #gantt} draws, in pixels. */
    int GANTT_MIN_WIDTH = 200;
    /** Widest Gantt chart {@link #gantt} draws, in pixels. */
    int GANTT_MAX_WIDTH = 20_000;
    /** Smallest width or height of {@link #histogram} and {@link #jct}, in pixels. */
    int MIN_SIZE = 200;
    /** Largest width or height of {@link #histogram} and {@link #jct}, in pixels. */
    int MAX_SIZE = 8000;
    /** Most bins {@link #histogram} draws. */
    int MAX_BINS = 1000;

    /** A sweep's or a study's figure at its natural size. */
    BufferedImage figure(Figure figure);

    /**
     * The whole Gantt chart of each schedule, one panel per schedule on one time axis, drawn up to {@code now}.
     *
     * @param width the image's width, {@value #GANTT_MIN_WIDTH}..{@value #GANTT_MAX_WIDTH}; the height follows
     */
    BufferedImage gantt(List<Schedule> schedules, double now, int width);

    /**
     * Overlaid histograms of job completion times on shared bins, one series per entry, in map order.
     *
     * @param bins number of bins from 0 to the largest JCT
     */
    BufferedImage histogram(Map<String, double[]> jcts, int bins, String timeUnit, int width, int height);

    /** One bar per job and the average as a line, one panel per run ({@link JctChart}). */
    BufferedImage jct(JctChart chart, int width, int height);

    /** The implementation on the class path. */
    static Renderers get() {
        return RendererLookup.INSTANCE;
    }

    /** Encodes an image as PNG into {@code out}. */
    static void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG encoder available");
        }
    }
}

