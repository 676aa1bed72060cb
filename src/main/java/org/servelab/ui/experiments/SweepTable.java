package org.servelab.ui.experiments;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.servelab.experiment.SweepRow;
import org.servelab.ui.bind.TextFilter;
import org.servelab.ui.i18n.Messages;

/**
 * One row per finished run, in grid order until a column header is clicked; every column sorts (numbers as
 * numbers, ties in grid order) and the field above keeps the rows whose policy, settings or seed contain
 * its text. Overloaded runs are tinted and marked.
 */
final class SweepTable extends VBox {

    private static final PseudoClass OVERLOADED = PseudoClass.getPseudoClass("overloaded");
    private static final Comparator<SweepRow> BY_INDEX = Comparator.comparingInt(SweepRow::index);

    private final TableView<SweepRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Messages messages;

    SweepTable(ExperimentsModel model, Messages messages) {
        this.messages = messages;
        table.setId("sweepTable");
        table.getStyleClass().add("sweep-table");
        filter.setId("sweepFilter");
        filter.setPromptText(messages.get("experiments.filter"));
        filter.setPrefColumnCount(18);
        SortedList<SweepRow> sorted = new SortedList<>(TextFilter.rowsMatching(model.rows(), filter,
                SweepTable::searchable));
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> {
            Comparator<SweepRow> c = table.getComparator();
            return c == null ? BY_INDEX : c.thenComparing(BY_INDEX);
        }, table.comparatorProperty()));
        // the sorted list follows the table's comparator (with grid order to break ties) through the binding
        table.setSortPolicy(t -> true);
        table.setItems(sorted);
        table.setFixedCellSize(22);
        // columns keep their widths and the table scrolls sideways: squeezed into a small window, 18 columns
        // would show only ellipses
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("experiments.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SweepRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OVERLOADED, !empty && row != null && row.overloaded());
            }
        });
        number("experiments.col.index", SweepRow::index, r -> Integer.toString(r.index()), 44);
        text("experiments.col.policy", r -> r.config().label(), 210);
        number("experiments.col.load", SweepRow::load, r -> messages.number(r.load()), 60);
        number("experiments.col.rate", SweepRow::rate, r -> messages.number(r.rate()), 100);
        number("experiments.col.cv", SweepRow::cv, r -> messages.number(r.cv()), 44);
        number("experiments.col.seed", r -> r.seed(), r -> Long.toString(r.seed()), 44);
        number("experiments.col.jobs", r -> r.summary().jobs(), r -> messages.count(r.summary().jobs()), 54);
        time("experiments.col.meanJct", r -> r.summary().averageJct(), 96);
        time("experiments.col.p50", r -> r.summary().p50Jct(), 96);
        time("experiments.col.p99", r -> r.summary().p99Jct(), 96);
        time("experiments.col.ttft", r -> r.summary().averageTtft(), 96);
        text("experiments.col.settings", SweepTable::settings, 200);
        number("experiments.col.totalTime", SweepTable::totalSeconds, r -> messages.number(totalSeconds(r))
                + ("ms".equals(r.timeUnit()) ? " s" : " " + r.timeUnit()), 90);
        number("experiments.col.lost", r -> r.metrics().lost(), r -> messages.count(r.metrics().lost()), 50);
        time("experiments.col.p99Itl", r -> r.metrics().p99Itl(), 80);
        text("experiments.col.overloaded", r -> r.overloaded() ? messages.get("experiments.overloadedMark") : "", 80);
        Label count = new Label();
        count.setId("sweepShown");
        count.getStyleClass().add("hint-label");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("experiments.shown",
                messages.count(sorted.size()), messages.count(model.rows().size())), sorted, model.rows()));
        HBox top = new HBox(8, filter, count);
        top.getStyleClass().add("sweep-table-bar");
        top.setPadding(new Insets(3, 4, 3, 4));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
    }

    TableView<SweepRow> table() {
        return table;
    }

    private static String settings(SweepRow r) {
        return r.serving() == null ? "" : r.serving().label() + (r.order().equals("as-is") ? "" : ", " + r.order());
    }

    /** The total simulated time in seconds when the trace is in ms, else in the trace's own unit. */
    private static double totalSeconds(SweepRow r) {
        return r.metrics().totalTime() * ("ms".equals(r.timeUnit()) ? 0.001 : 1);
    }

    private static String searchable(SweepRow r) {
        return r.config().label() + " " + settings(r) + " seed " + r.seed();
    }

    private void time(String key, ToDoubleFunction<SweepRow> value, double width) {
        number(key, value, r -> messages.number(value.applyAsDouble(r)) + " " + r.timeUnit(), width);
    }

    private void number(String key, ToDoubleFunction<SweepRow> value, Function<SweepRow, String> text, double width) {
        TableColumn<SweepRow, SweepRow> c = column(key, text, width);
        c.setComparator((a, b) -> Double.compare(nanLast(value.applyAsDouble(a)), nanLast(value.applyAsDouble(b))));
    }

    private void text(String key, Function<SweepRow, String> text, double width) {
        TableColumn<SweepRow, SweepRow> c = column(key, text, width);
        c.setComparator(Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
    }

    private TableColumn<SweepRow, SweepRow> column(String key, Function<SweepRow, String> text, double width) {
        TableColumn<SweepRow, SweepRow> c = new TableColumn<>(messages.get(key));
        c.setId("sweepCol-" + key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SweepRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return c;
    }

    private static double nanLast(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }
}
