package org.servelab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.servelab.workload.io.AtomicFiles;

/** Writes PNG files all or nothing: a failed write leaves no file (or the old one) under the name. */
final class PngFiles {

    private PngFiles() {
    }

    static void write(BufferedImage image, Path out) throws IOException {
        AtomicFiles.write(out, stream -> {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("no PNG encoder available");
            }
        });
    }
}
