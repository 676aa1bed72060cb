package org.servelab.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.servelab.ui.i18n.Messages;
import org.servelab.workload.InputException;
import org.servelab.workload.TimedTrace;

/**
 * Opens traces from a dialog or from files dropped on the window. A file that cannot be used shows an
 * error dialog (file, line, field) and the trace already loaded stays loaded.
 */
public final class TraceOpener {

    private final Messages messages;
    private final Consumer<TimedTrace> onLoaded;
    private Alert lastError;
    private int maxJobs = TraceFiles.maxJobs(Runtime.getRuntime().maxMemory());

    public TraceOpener(Messages messages, Consumer<TimedTrace> onLoaded) {
        this.messages = messages;
        this.onLoaded = onLoaded;
    }

    /**
     * The most jobs a trace may have to be opened; by default what the heap can record
     * ({@link TraceFiles#maxJobs}). A trace with more is refused before it is read whole.
     */
    public void setMaxJobs(int maxJobs) {
        this.maxJobs = maxJobs;
    }

    public void showDialog(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("files.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("files.filter.traces"), "*.json", "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("files.filter.all"), "*.*"));
        Path start = Samples.startFolder();
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            open(f.toPath(), owner);
        }
    }

    /** Accepts files dragged onto the scene. */
    public void installDropTarget(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open(e.getDragboard().getFiles().get(0).toPath(), scene.getWindow());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Loads a trace; returns whether it was loaded. */
    public boolean open(Path file, Window owner) {
        TimedTrace trace;
        try {
            trace = TraceFiles.load(file, maxJobs);
        } catch (RuntimeException e) {
            // any failure of reading is shown, and the window keeps the trace it has
            showError(file, e, owner);
            return false;
        }
        try {
            onLoaded.accept(trace);
        } catch (InputException | IllegalArgumentException e) {
            showError(file, e, owner);
            return false;
        }
        RecentFiles.add(file);
        return true;
    }

    private void showError(Path file, RuntimeException e, Window owner) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.get("files.error.title"));
        alert.setHeaderText(messages.format("files.error.header", file.getFileName()));
        alert.setContentText(describe(e));
        alert.getDialogPane().setId("traceErrorDialog");
        lastError = alert;
        alert.show();
    }

    private String describe(RuntimeException e) {
        if (e instanceof InputException) {
            InputException ie = (InputException) e;
            StringBuilder sb = new StringBuilder();
            sb.append(messages.format("files.error.file", ie.source() == null ? "" : ie.source())).append('\n');
            if (ie.line() > 0) {
                sb.append(messages.format("files.error.line", ie.line())).append('\n');
            }
            if (ie.field() != null) {
                sb.append(messages.format("files.error.field", ie.field())).append('\n');
            }
            return sb.append(WordedInputException.problem(ie, messages)).toString();
        }
        return org.servelab.ui.i18n.ErrorText.of(String.valueOf(e.getMessage()), messages);
    }

    /** The last error dialog shown, or {@code null}. */
    public Alert lastError() {
        return lastError;
    }
}
