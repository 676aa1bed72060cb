package org.servelab.ui.experiments;

import java.util.Comparator;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.servelab.experiment.SweepRow;
import org.servelab.ui.i18n.Messages;

/** One row per finished run, in grid order; overloaded runs are tinted and marked. */
final class SweepTable extends TableView<SweepRow> {

    private static final PseudoClass OVERLOADED = PseudoClass.getPseudoClass("overloaded");

    SweepTable(ExperimentsModel model, Messages messages) {
        setId("sweepTable");
        getStyleClass().add("sweep-table");
        setItems(new SortedList<>(model.rows(), Comparator.comparingInt(SweepRow::index)));
        setFixedCellSize(22);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label(messages.get("experiments.empty")));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SweepRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OVERLOADED, !empty && row != null && row.overloaded());
            }
        });
        add(messages.get("experiments.col.index"), r -> Integer.toString(r.index()), 44);
        add(messages.get("experiments.col.policy"), r -> r.config().label(), 210);
        add(messages.get("experiments.col.load"), r -> messages.number(r.load()), 60);
        add(messages.get("experiments.col.rate"), r -> messages.number(r.rate()), 100);
        add(messages.get("experiments.col.cv"), r -> messages.number(r.cv()), 44);
        add(messages.get("experiments.col.seed"), r -> Long.toString(r.seed()), 44);
        add(messages.get("experiments.col.jobs"), r -> Integer.toString(r.summary().jobs()), 54);
        add(messages.get("experiments.col.meanJct"), r -> time(messages, r.summary().averageJct(), r), 96);
        add(messages.get("experiments.col.p50"), r -> time(messages, r.summary().p50Jct(), r), 96);
        add(messages.get("experiments.col.p99"), r -> time(messages, r.summary().p99Jct(), r), 96);
        add(messages.get("experiments.col.ttft"), r -> time(messages, r.summary().averageTtft(), r), 96);
        add(messages.get("experiments.col.settings"), r -> r.serving() == null ? "" : r.serving().label()
                + (r.order().equals("as-is") ? "" : ", " + r.order()), 200);
        add(messages.get("experiments.col.totalTime"), r -> messages.number(r.metrics().totalTime()
                * ("ms".equals(r.timeUnit()) ? 0.001 : 1)) + ("ms".equals(r.timeUnit()) ? " s" : " " + r.timeUnit()), 90);
        add(messages.get("experiments.col.lost"), r -> Integer.toString(r.metrics().lost()), 50);
        add(messages.get("experiments.col.p99Itl"), r -> time(messages, r.metrics().p99Itl(), r), 80);
        add(messages.get("experiments.col.overloaded"),
                r -> r.overloaded() ? messages.get("experiments.overloadedMark") : "", 80);
    }

    private static String time(Messages messages, double v, SweepRow r) {
        return messages.number(v) + " " + r.timeUnit();
    }

    private void add(String title, Function<SweepRow, String> text, double width) {
        TableColumn<SweepRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setSortable(false);
        c.setPrefWidth(width);
        getColumns().add(c);
    }
}
