package org.servelab.ui.experiments;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.servelab.experiment.SweepRow;
import org.servelab.experiment.plot.Figure;
import org.servelab.experiment.plot.FigureSet;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.plot.FigurePng;

/**
 * The figures of the last sweep that ended, as {@code servelab sweep} draws them (with batches: total time,
 * latency and lost requests against the rate per max batch, the max batch x rate heatmap, speculative
 * speed-ups), one under the other. Drawn once when a sweep ends, not per row.
 */
final class SweepFigures extends ScrollPane {

    private final ExperimentsModel model;
    private final Messages messages;
    private final VBox box = new VBox(16);
    private List<SweepRow> drawn;

    SweepFigures(ExperimentsModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("sweepFigures");
        box.setPadding(new Insets(8));
        box.setStyle("-fx-background-color: white;");
        setContent(box);
        setFitToWidth(false);
        WeakListeners.on(this, model.stateProperty(), this::refresh);
        refresh();
    }

    private void refresh() {
        if (model.stateProperty().get().busy()) {
            return;
        }
        List<SweepRow> rows = model.finishedRows();
        if (rows == drawn) {
            return;
        }
        drawn = rows;
        List<Figure> figures = rows.isEmpty() ? List.of() : FigureSet.of(rows);
        box.getChildren().clear();
        if (figures.isEmpty()) {
            box.getChildren().add(new Label(messages.get("experiments.figures.empty")));
            return;
        }
        for (Figure f : figures) {
            box.getChildren().add(FigurePng.node(f));
        }
    }

    /** The figures shown, for tests. */
    int shown() {
        return drawn == null || drawn.isEmpty() ? 0 : box.getChildren().size();
    }
}
