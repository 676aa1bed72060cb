package org.servelab.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import org.servelab.workload.io.OutputGuard;

/** Runs a task once the window has laid out and painted a few pulses; writes the window as a PNG. */
final class Snapshots {

    /** Pulses to wait so that controls have finished fading in and canvases have painted. */
    private static final int SETTLE_PULSES = 6;

    private Snapshots() {
    }

    static void afterLayout(Scene scene, Runnable task) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= SETTLE_PULSES) {
                    stop();
                    Platform.runLater(task);
                }
            }
        }.start();
    }

    static void writeAndExit(Scene scene, Path out) {
        int code = 0;
        try {
            WindowSnapshot.write(scene, out);
            if (OutputGuard.isStdout(out)) {
                System.err.println("servelab: wrote the snapshot to standard output");
            } else {
                // a FIFO or a device (/dev/null) is written into and has no size to check
                if (Files.isRegularFile(out) && Files.size(out) == 0) {
                    throw new IOException("nothing was written to " + out);
                }
                System.out.println("servelab: wrote " + out.toAbsolutePath());
            }
        } catch (Exception e) {
            System.err.println("servelab: cannot write the snapshot " + out + ": " + e.getMessage());
            code = 1;
        }
        Platform.exit();
        System.exit(code);
    }
}
