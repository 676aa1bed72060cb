package org.servelab.ui.stats;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;

import org.servelab.ui.bind.LayoutBoundary;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.StatsModel;

/** The statistics of the jobs finished so far, beside the live JCT histogram. */
public final class StatsPane extends BorderPane {

    public StatsPane(RunModel model, Messages messages, Node histogram) {
        getStyleClass().add("stats-pane");
        StatsModel s = model.stats();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        int row = 0;
        ObservableValue<String> unit = Bindings.createStringBinding(() -> model.getRecording() == null
                ? "" : model.getRecording().trace().timeUnit().symbol(), model.recordingProperty());
        row = add(grid, row, messages, "stats.done", "doneValue", Bindings.createStringBinding(
                () -> messages.count(s.doneProperty().get()) + " / " + messages.count(s.totalProperty().get()),
                s.doneProperty(), s.totalProperty()), null);
        row = add(grid, row, messages, "stats.meanJct", "meanJctValue", number(messages, s.meanJctProperty()), unit);
        row = add(grid, row, messages, "stats.p50", "p50Value", number(messages, s.p50Property()), unit);
        row = add(grid, row, messages, "stats.p90", "p90Value", number(messages, s.p90Property()), unit);
        row = add(grid, row, messages, "stats.p99", "p99Value", number(messages, s.p99Property()), unit);
        row = add(grid, row, messages, "stats.max", "maxValue", number(messages, s.maxProperty()), unit);
        row = add(grid, row, messages, "stats.meanTtft", "meanTtftValue", number(messages, s.meanTtftProperty()), unit);
        add(grid, row, messages, "stats.meanTpot", "meanTpotValue", number(messages, s.meanTpotProperty()), unit);
        // the numbers change every frame while playing: the grid is laid out alone (not every pane up to the
        // window's root), and the column only ever widens, so that the histograms beside it keep their size
        LayoutBoundary column = LayoutBoundary.of(grid);
        grid.needsLayoutProperty().addListener((o, was, now) -> {
            double pref = grid.prefWidth(-1);
            if (now && pref > grid.getMinWidth()) {
                grid.setMinWidth(pref);
                column.requestLayout();
            }
        });
        setLeft(column);
        setCenter(histogram);
    }

    private static ObservableValue<String> number(Messages messages, ReadOnlyDoubleProperty p) {
        return Bindings.createStringBinding(() -> messages.number(p.get()), p);
    }

    private static int add(GridPane grid, int row, Messages messages, String key, String id,
                           ObservableValue<String> text, ObservableValue<String> unit) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("stat-name");
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("stat-value");
        GridPane.setHalignment(value, HPos.RIGHT);
        value.textProperty().bind(text);
        Label unitLabel = new Label();
        unitLabel.getStyleClass().add("stat-unit");
        if (unit != null) {
            unitLabel.textProperty().bind(unit);
        }
        grid.addRow(row, name, value, unitLabel);
        return row + 1;
    }
}
