package org.servelab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import org.servelab.experiment.plot.Figure;
import org.servelab.ui.plot.FigurePng;

/** Draws a figure into a staged output as a PNG. */
final class FigureFiles {

    private FigureFiles() {
    }

    static void png(Figure figure, OutputFiles.Output target) throws IOException {
        BufferedImage image = FigurePng.render(figure);
        try (OutputStream stream = target.stream()) {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("no PNG encoder available");
            }
        }
    }
}
