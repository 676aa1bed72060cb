package org.servelab.ui.stats;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.servelab.ui.bind.TextFilter;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.JobRow;
import org.servelab.ui.model.JobState;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.Timeline;

/**
 * One row per job: id, arrival, prefill, tokens done/total, queue, the quantum used and left there, state,
 * waiting since, TTFT, JCT and (with batches) preemptions. Every column sorts (numbers as numbers); the field
 * above filters by job id.
 */
public final class JobTable extends VBox {

    private final TableView<JobRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final RunModel model;
    private final Messages messages;

    public JobTable(RunModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        table.setId("jobTable");
        filter.setId("jobFilter");
        filter.setPromptText(messages.get("jobs.filter"));
        filter.setPrefColumnCount(14);
        SortedList<JobRow> sorted = new SortedList<>(TextFilter.rowsMatching(model.rows(), filter, JobRow::id));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setFixedCellSize(22);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("jobs.none")));
        table.getColumns().add(text(messages.get("jobs.id"), r -> new ReadOnlyObjectWrapper<>(r.id())));
        table.getColumns().add(timed("jobs.arrival", number(r -> new ReadOnlyObjectWrapper<>(r.arrival()))));
        table.getColumns().add(timed("jobs.prefill", number(r -> new ReadOnlyObjectWrapper<>(r.prefill()))));
        TableColumn<JobRow, Number> tokens = new TableColumn<>(messages.get("jobs.tokens"));
        tokens.setCellValueFactory(f -> f.getValue().tokensDoneProperty());
        tokens.setCellFactory(c -> cell((r, v) -> messages.count(v.intValue()) + " / " + messages.count(r.totalTokens())));
        table.getColumns().add(tokens);
        table.getColumns().add(text(messages.get("jobs.queue"), r -> Bindings.createStringBinding(
                () -> r.levelProperty().get() < 0 ? "" : "Q" + (r.levelProperty().get() + 1), r.levelProperty())));
        TableColumn<JobRow, Number> used = new TableColumn<>(messages.get("jobs.quantum"));
        used.setCellValueFactory(f -> f.getValue().quantumUsedProperty());
        used.setCellFactory(c -> cell(this::quantum));
        table.getColumns().add(used);
        table.getColumns().add(text(messages.get("jobs.state"), r -> Bindings.createStringBinding(
                () -> messages.get("state." + r.stateProperty().get().name().toLowerCase(Locale.ROOT)),
                r.stateProperty())));
        table.getColumns().add(timed("jobs.waitingSince", number(JobRow::waitingSinceProperty)));
        table.getColumns().add(timed("jobs.ttft", number(JobRow::ttftProperty)));
        table.getColumns().add(timed("jobs.jct", number(JobRow::jctProperty)));
        TableColumn<JobRow, Number> preempted = new TableColumn<>(messages.get("jobs.preempted"));
        preempted.setCellValueFactory(f -> f.getValue().preemptionsProperty());
        preempted.setCellFactory(c -> cell((r, v) -> v.intValue() == 0 ? "" : messages.count(v.intValue())));
        table.getColumns().add(preempted);
        Runnable batched = () -> preempted.setVisible(model.batched());
        WeakListeners.on(table, model.recordingProperty(), batched);
        batched.run();
        Label count = new Label();
        count.getStyleClass().add("hint-label");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("jobs.shown",
                messages.count(sorted.size()), messages.count(model.rows().size())), sorted, model.rows()));
        HBox top = new HBox(8, filter, count);
        top.setPadding(new Insets(3, 4, 3, 4));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
    }

    public TableView<JobRow> table() {
        return table;
    }

    public TextField filter() {
        return filter;
    }

    /** "1.5 / 0.5 ms" (used / left), "1 / 1 iter." with token accounting; blank without quanta or when done. */
    private String quantum(JobRow r, Number usedValue) {
        Timeline t = model.getRecording() == null ? null : model.timeline();
        int level = r.levelProperty().get();
        JobState st = r.stateProperty().get();
        if (t == null || level < 0 || t.levels() <= 1 || Double.isNaN(t.quantum(0)) || st == JobState.DONE
                || st == JobState.PENDING) {
            return "";
        }
        double used = usedValue.doubleValue();
        double q = t.quantum(level);
        if (t.quantaInIterations()) {
            return messages.format("jobs.quantumIterations", messages.count((long) used),
                    messages.count((long) Math.max(0, q - used)));
        }
        return messages.format("jobs.quantumTime", messages.number(used), messages.number(Math.max(0, q - used)));
    }

    private TableColumn<JobRow, Number> timed(String key, TableColumn<JobRow, Number> c) {
        c.textProperty().bind(Bindings.createStringBinding(() -> model.getRecording() == null
                ? messages.get(key)
                : messages.format("jobs.withUnit", messages.get(key), model.getRecording().trace().timeUnit().symbol()),
                model.recordingProperty()));
        return c;
    }

    private TableColumn<JobRow, Number> number(Function<JobRow, ObservableValue<? extends Number>> value) {
        TableColumn<JobRow, Number> c = new TableColumn<>();
        c.setCellValueFactory(f -> {
            @SuppressWarnings("unchecked")
            ObservableValue<Number> v = (ObservableValue<Number>) value.apply(f.getValue());
            return v;
        });
        c.setCellFactory(col -> cell((r, v) -> messages.number(v.doubleValue())));
        c.setComparator((a, b) -> Double.compare(nanLast(a), nanLast(b)));
        return c;
    }

    private static double nanLast(Number n) {
        double v = n == null ? Double.NaN : n.doubleValue();
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static TableColumn<JobRow, String> text(String title, Function<JobRow, ObservableValue<String>> value) {
        TableColumn<JobRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        return c;
    }

    private static TableCell<JobRow, Number> cell(java.util.function.BiFunction<JobRow, Number, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                JobRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || item == null || row == null ? null : format.apply(row, item));
                getStyleClass().remove("number-cell");
                getStyleClass().add("number-cell");
            }
        };
    }
}
