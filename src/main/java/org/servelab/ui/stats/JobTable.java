package org.servelab.ui.stats;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.JobRow;
import org.servelab.ui.model.RunModel;

/** One row per job: id, arrival, prefill, tokens done/total, queue, state, JCT. */
public final class JobTable extends TableView<JobRow> {

    public JobTable(RunModel model, Messages messages) {
        setId("jobTable");
        setItems(model.rows());
        setFixedCellSize(22);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(messages.get("jobs.id"), r -> new ReadOnlyObjectWrapper<>(r.id())));
        getColumns().add(timed(model, messages, "jobs.arrival", column(messages.get("jobs.arrival"),
                r -> new ReadOnlyObjectWrapper<>(messages.number(r.arrival())))));
        getColumns().add(timed(model, messages, "jobs.prefill", column(messages.get("jobs.prefill"),
                r -> new ReadOnlyObjectWrapper<>(messages.number(r.prefill())))));
        getColumns().add(column(messages.get("jobs.tokens"), r -> Bindings.createStringBinding(
                () -> r.tokensDoneProperty().get() + " / " + r.totalTokens(), r.tokensDoneProperty())));
        getColumns().add(column(messages.get("jobs.queue"), r -> Bindings.createStringBinding(
                () -> r.levelProperty().get() < 0 ? "" : "Q" + (r.levelProperty().get() + 1), r.levelProperty())));
        getColumns().add(column(messages.get("jobs.state"), r -> Bindings.createStringBinding(
                () -> messages.get("state." + r.stateProperty().get().name().toLowerCase(Locale.ROOT)),
                r.stateProperty())));
        getColumns().add(timed(model, messages, "jobs.jct", column(messages.get("jobs.jct"),
                r -> Bindings.createStringBinding(() -> messages.number(r.jctProperty().get()), r.jctProperty()))));
    }

    /** A column of times: its title names the trace's time unit, "Arrival (ms)". */
    private static TableColumn<JobRow, String> timed(RunModel model, Messages messages, String key,
                                                     TableColumn<JobRow, String> c) {
        c.textProperty().bind(Bindings.createStringBinding(() -> model.getRecording() == null
                ? messages.get(key)
                : messages.format("jobs.withUnit", messages.get(key), model.getRecording().trace().timeUnit().symbol()),
                model.recordingProperty()));
        return c;
    }

    private static TableColumn<JobRow, String> column(String title, Function<JobRow, ObservableValue<String>> value) {
        TableColumn<JobRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setSortable(false);
        return c;
    }
}
