package org.servelab.ui.parameters;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.policy.Accounting;
import org.servelab.policy.Policies;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.ParametersModel;

/** Sliders and fields for the policy and its parameters; every change re-simulates at once. */
public final class ParametersPane extends VBox {

    private final Messages messages;

    public ParametersPane(ParametersModel model, Messages messages) {
        this.messages = messages;
        getStyleClass().add("parameters-pane");
        setSpacing(4);
        setPadding(new Insets(8));
        setPrefWidth(220);
        setMinWidth(200);

        ComboBox<String> policy = new ComboBox<>();
        policy.setId("policyBox");
        policy.getItems().setAll(Policies.NAMES);
        policy.setConverter(converter(n -> messages.get("policy." + n)));
        policy.setButtonCell(cell(policy.getConverter()));
        policy.setMaxWidth(Double.MAX_VALUE);
        policy.valueProperty().bindBidirectional(model.policyProperty());
        BooleanBinding mlfq = Bindings.createBooleanBinding(
                () -> model.policyProperty().get().contains("mlfq"), model.policyProperty());

        Slider queues = slider("queuesSlider", ParametersModel.MIN_QUEUES, ParametersModel.MAX_QUEUES,
                model.queuesProperty().get());
        queues.valueProperty().addListener((o, a, b) -> model.queuesProperty().set((int) Math.round(b.doubleValue())));
        WeakListeners.on(queues, model.queuesProperty(), () -> queues.setValue(model.queuesProperty().get()));
        Label queuesValue = value("queuesValue");
        queuesValue.textProperty().bind(model.queuesProperty().asString());

        Slider rate = slider("rateSlider", ParametersModel.MIN_RATE, ParametersModel.MAX_RATE,
                model.quantumRateProperty().get());
        rate.valueProperty().addListener((o, a, b) -> model.quantumRateProperty().set(Math.round(b.doubleValue())));
        WeakListeners.on(rate, model.quantumRateProperty(), () -> rate.setValue(model.quantumRateProperty().get()));
        Label rateValue = value("rateValue");
        rateValue.textProperty().bind(Bindings.createStringBinding(
                () -> messages.number(model.quantumRateProperty().get()), model.quantumRateProperty()));

        TextField quantum = new NumberField("quantumField", messages.get("parameters.auto"), model.quantumProperty(),
                Double.NaN, messages).field();
        TextField starve = new NumberField("starveField", messages.get("parameters.off"), model.starveLimitProperty(),
                Double.POSITIVE_INFINITY, messages).field();

        ComboBox<Accounting> accounting = new ComboBox<>();
        accounting.setId("accountingBox");
        accounting.getItems().setAll(List.of(Accounting.values()));
        accounting.setConverter(converter(a -> messages.get("accounting." + a.cliName())));
        accounting.setButtonCell(cell(accounting.getConverter()));
        accounting.setMaxWidth(Double.MAX_VALUE);
        accounting.valueProperty().bindBidirectional(model.accountingProperty());

        for (Node n : List.of(queues, rate, quantum, accounting, starve)) {
            n.disableProperty().bind(mlfq.not());
        }
        getChildren().addAll(
                title("parameters.policy"), policy,
                title("parameters.queues"), queues, queuesValue,
                title("parameters.quantum"), quantum,
                title("parameters.rate"), rate, rateValue,
                title("parameters.accounting"), accounting,
                title("parameters.starve"), starve);
    }

    private Label title(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("parameter-title");
        l.setTooltip(new Tooltip(messages.get(key + ".tip")));
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("parameter-value");
        return l;
    }

    private static Slider slider(String id, double min, double max, double value) {
        Slider s = new Slider(min, max, value);
        s.setId(id);
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.setShowTickMarks(true);
        s.setBlockIncrement(1);
        return s;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }
}
