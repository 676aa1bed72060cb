package org.servelab.ui.experiments;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.servelab.experiment.SweepResult;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;

/**
 * The sweep's progress (bar, runs done of total, time spent and left), what state it is in, the overload
 * warning, and the two exports, which write on a background thread and say what they wrote.
 */
final class SweepProgressPane extends VBox {

    private final ExperimentsModel model;
    private final Messages messages;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label count = new Label();
    private final Label time = new Label();
    private final Label state = new Label();
    private final Label overloaded = new Label();
    private final Label exportStatus = new Label();

    SweepProgressPane(ExperimentsModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("sweep-progress");
        setSpacing(4);
        setPadding(new Insets(8, 10, 6, 10));
        bar.setId("sweepProgress");
        bar.setPrefWidth(260);
        count.setId("progressLabel");
        count.getStyleClass().add("progress-count");
        time.setId("etaLabel");
        state.setId("sweepStateLabel");
        overloaded.setId("overloadedLabel");
        overloaded.getStyleClass().add("overloaded-label");
        exportStatus.setId("exportStatus");
        Label error = new Label();
        error.setId("sweepError");
        error.getStyleClass().add("error-label");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, bar, count, time, gap, exportButton("exportCsvButton", "experiments.exportCsv",
                this::exportCsv), exportButton("exportPlotsButton", "experiments.exportPlots", this::exportPlots));
        top.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(14, state, exportStatus);
        second.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, second, error, overloaded);
        overloaded.managedProperty().bind(overloaded.textProperty().isNotEmpty());
        for (var o : List.of(model.doneProperty(), model.totalProperty(), model.elapsedProperty(),
                model.remainingProperty(), model.stateProperty(), model.overloadedProperty())) {
            WeakListeners.on(this, o, this::update);
        }
        update();
    }

    private Button exportButton(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get().busy() || model.rows().isEmpty(), model.stateProperty(), model.rows()));
        return b;
    }

    private void update() {
        int done = model.doneProperty().get();
        int total = model.totalProperty().get();
        bar.setProgress(total == 0 ? 0 : (double) done / total);
        count.setText(total == 0 ? "" : messages.format("experiments.progress", done, total));
        double left = model.remainingProperty().get();
        String spent = seconds(model.elapsedProperty().get());
        time.setText(total == 0 ? "" : model.stateProperty().get().busy() && !Double.isNaN(left)
                ? messages.format("experiments.eta", spent, seconds(left)) : messages.format("experiments.elapsed", spent));
        state.setText(stateText());
        int over = model.overloadedProperty().get();
        var spec = model.specProperty().get();
        overloaded.setText(over == 0 || spec == null ? ""
                : messages.format("experiments.overloaded", over, spec.overloadJobs()));
    }

    private String stateText() {
        SweepResult r = model.resultProperty().get();
        switch (model.stateProperty().get()) {
            case RUNNING:
                return messages.get("experiments.state.running");
            case CANCELLING:
                return messages.get("experiments.state.cancelling");
            case FINISHED:
                return messages.format("experiments.state.finished", model.doneProperty().get(),
                        seconds(model.elapsedProperty().get()));
            case CANCELLED:
                return messages.format("experiments.state.cancelled", r == null ? 0 : r.rows().size(),
                        r == null ? 0 : r.total());
            case FAILED:
                return messages.format("experiments.state.failed", model.errorProperty().get());
            default:
                return messages.get("experiments.state.idle");
        }
    }

    private String seconds(double s) {
        return messages.number(Math.round(s * 10) / 10.0);
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("experiments.exportCsv.title"));
        chooser.setInitialFileName("results.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("experiments.filter.csv"), "*.csv"));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            inBackground(() -> {
                model.exportCsv(f.toPath());
                return messages.format("experiments.exported", f.getPath());
            });
        }
    }

    private void exportPlots() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("experiments.exportPlots.title"));
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            inBackground(() -> {
                List<Path> written = model.exportPlots(dir.toPath());
                return written.isEmpty() ? messages.get("experiments.noPlots")
                        : messages.format("experiments.exportedPlots", written.size(), dir.getPath());
            });
        }
    }

    private void inBackground(Callable<String> export) {
        Thread t = new Thread(() -> {
            String said;
            try {
                said = export.call();
            } catch (Exception e) {
                said = messages.format("experiments.exportFailed", e.getMessage());
            }
            String text = said;
            Platform.runLater(() -> exportStatus.setText(text));
        }, "sweep-export");
        t.setDaemon(true);
        t.start();
    }
}
