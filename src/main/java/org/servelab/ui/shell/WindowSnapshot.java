package org.servelab.ui.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

import org.servelab.workload.io.AtomicFiles;
import org.servelab.workload.io.OutputGuard;

/** Writes what a scene or node shows as a PNG. Call on the JavaFX thread after layout. */
public final class WindowSnapshot {

    private WindowSnapshot() {
    }

    public static void write(Scene scene, Path out) throws IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        save(image, out);
    }

    public static void write(Node node, Path out) throws IOException {
        WritableImage image = node.snapshot(null, null);
        save(image, out);
    }

    private static void save(WritableImage image, Path out) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        if (OutputGuard.isStdout(out)) {
            if (!ImageIO.write(buffered, "png", System.out)) {
                throw new IOException("no PNG encoder available");
            }
            System.out.flush();
            return;
        }
        AtomicFiles.write(out, stream -> {
            if (!ImageIO.write(buffered, "png", stream)) {
                throw new IOException("no PNG encoder available");
            }
        });
    }
}
