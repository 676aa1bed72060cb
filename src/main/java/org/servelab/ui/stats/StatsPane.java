package org.servelab.ui.stats;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;

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
        row = add(grid, row, messages, "stats.done", "doneValue", Bindings.createStringBinding(
                () -> s.doneProperty().get() + " / " + s.totalProperty().get(), s.doneProperty(), s.totalProperty()));
        row = add(grid, row, messages, "stats.meanJct", "meanJctValue", number(messages, s.meanJctProperty()));
        row = add(grid, row, messages, "stats.p50", "p50Value", number(messages, s.p50Property()));
        row = add(grid, row, messages, "stats.p90", "p90Value", number(messages, s.p90Property()));
        row = add(grid, row, messages, "stats.p99", "p99Value", number(messages, s.p99Property()));
        row = add(grid, row, messages, "stats.max", "maxValue", number(messages, s.maxProperty()));
        add(grid, row, messages, "stats.meanTtft", "meanTtftValue", number(messages, s.meanTtftProperty()));
        setLeft(grid);
        setCenter(histogram);
    }

    private static ObservableValue<String> number(Messages messages, ReadOnlyDoubleProperty p) {
        return Bindings.createStringBinding(() -> messages.number(p.get()), p);
    }

    private static int add(GridPane grid, int row, Messages messages, String key, String id,
                           ObservableValue<String> text) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("stat-name");
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("stat-value");
        value.textProperty().bind(text);
        grid.addRow(row, name, value);
        return row + 1;
    }
}
