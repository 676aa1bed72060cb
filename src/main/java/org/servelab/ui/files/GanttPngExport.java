package org.servelab.ui.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.servelab.ui.model.Timeline;
import org.servelab.ui.export.GanttExporter;
import org.servelab.ui.i18n.Messages;

/** File → Export Gantt as PNG: asks for a width and a file, then writes the whole timeline. */
public final class GanttPngExport {

    public static final int DEFAULT_WIDTH = 1600;

    private final Messages messages;

    public GanttPngExport(Messages messages) {
        this.messages = messages;
    }

    public void run(Timeline schedule, Window owner) {
        TextInputDialog ask = new TextInputDialog(Integer.toString(DEFAULT_WIDTH));
        ask.initOwner(owner);
        ask.setTitle(messages.get("export.title"));
        ask.setHeaderText(messages.format("export.width", GanttExporter.MIN_WIDTH, GanttExporter.MAX_WIDTH));
        Optional<String> width = ask.showAndWait();
        if (width.isEmpty()) {
            return;
        }
        int px;
        try {
            px = Integer.parseInt(width.get().trim());
            GanttExporter.checkWidth(px);
        } catch (IllegalArgumentException e) {
            error(owner, e.getMessage());
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.setInitialFileName("gantt.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File f = chooser.showSaveDialog(owner);
        if (f != null) {
            try {
                write(schedule, px, f.toPath());
            } catch (IOException | RuntimeException e) {
                error(owner, e.getMessage());
            }
        }
    }

    /** Writes the whole timeline, {@code widthPx} wide. */
    public void write(Timeline schedule, int widthPx, Path out) throws IOException {
        GanttExporter.exportPng(java.util.List.of(schedule), Double.POSITIVE_INFINITY, widthPx, out);
    }

    private void error(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(owner);
        alert.setTitle(messages.get("export.title"));
        alert.show();
    }
}
