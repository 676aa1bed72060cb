package org.servelab.cli;

import java.io.IOException;
import java.io.OutputStream;

import org.servelab.experiment.plot.Figure;

/** Draws a figure into a staged output as a PNG. */
final class FigureFiles {

    private FigureFiles() {
    }

    static void png(Figure figure, OutputFiles.Output target) throws IOException {
        var image = Renderers.get().figure(figure);
        try (OutputStream stream = target.stream()) {
            Renderers.writePng(image, stream);
        }
    }
}
