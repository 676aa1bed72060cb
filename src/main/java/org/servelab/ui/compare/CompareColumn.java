package org.servelab.ui.compare;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.servelab.policy.Accounting;
import org.servelab.policy.Policies;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.ComparedRun;
import org.servelab.ui.queue.QueueView;

/** One compared run: its policy and accounting pickers, its animated queue and its mean JCT. */
final class CompareColumn extends VBox {

    CompareColumn(CompareModel model, int index, Messages messages) {
        ComparedRun run = model.columns().get(index);
        getStyleClass().add("compare-column");
        setSpacing(4);
        setPadding(new Insets(4));
        setMinWidth(260);

        ComboBox<String> policy = new ComboBox<>();
        policy.setId("comparePolicy" + index);
        policy.getItems().setAll(Policies.NAMES);
        policy.setConverter(text(n -> messages.get("policy." + n)));
        policy.setValue(run.policy());
        ComboBox<Accounting> accounting = new ComboBox<>();
        accounting.setId("compareAccounting" + index);
        accounting.getItems().setAll(List.of(Accounting.values()));
        accounting.setConverter(text(a -> messages.get("accounting." + a.cliName())));
        accounting.setValue(run.accounting());
        accounting.setDisable(!run.policy().contains("mlfq"));
        policy.setOnAction(e -> model.setColumn(index, policy.getValue(), accounting.getValue()));
        accounting.setOnAction(e -> model.setColumn(index, policy.getValue(), accounting.getValue()));
        Button remove = new Button("×");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip(messages.get("compare.remove")));
        remove.setDisable(model.columns().size() <= 2);
        remove.setOnAction(e -> model.removeColumn(index));
        HBox header = new HBox(4, policy, accounting, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        QueueView queue = new QueueView(run.run(), messages);
        queue.setPrefHeight(220);
        VBox.setVgrow(queue, Priority.ALWAYS);

        Label mean = new Label();
        mean.setId("compareMean" + index);
        mean.getStyleClass().add("compare-mean");
        mean.textProperty().bind(Bindings.createStringBinding(() -> messages.format("compare.mean",
                messages.number(run.run().stats().meanJctProperty().get()), run.run().stats().doneProperty().get(),
                run.run().stats().totalProperty().get()),
                run.run().stats().meanJctProperty(), run.run().stats().doneProperty()));
        getChildren().addAll(header, queue, mean);
    }

    private static <T> StringConverter<T> text(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
