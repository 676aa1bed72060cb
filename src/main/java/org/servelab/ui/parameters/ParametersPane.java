package org.servelab.ui.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SegmentedButton;

import org.servelab.policy.Accounting;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.ArrivalsModel;
import org.servelab.ui.model.BatchConfig;
import org.servelab.ui.model.ParametersModel;

/**
 * The knobs of the run, in three groups: the policy and its MLFQ parameters, batching (Max batch on a
 * logarithmic slider from 1 to 256, the token budget, the batching and preemption modes, the KV memory and
 * the cost model) and the arrivals. Every change re-simulates at once; "Paper settings" puts them all back.
 */
public final class ParametersPane extends ScrollPane {

    /** The policies offered: the batch-size-1 ones, then those that exist only with batches. */
    public static final List<String> POLICIES = List.of("fcfs", "mlfq", "skip-join-mlfq", "srpt", "sjf", "static");

    private final Messages messages;
    private final VBox box = new VBox(4);

    public ParametersPane(ParametersModel model, ArrivalsModel arrivals, Runnable paperSettings, Messages messages) {
        this.messages = messages;
        getStyleClass().add("parameters-pane");
        setId("parametersPane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(236);
        setMinWidth(216);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("parameters-box");
        setContent(box);

        ComboBox<String> policy = combo("policyBox", POLICIES, n -> messages.get("policy." + n));
        policy.valueProperty().bindBidirectional(model.policyProperty());
        BooleanBinding mlfq = Bindings.createBooleanBinding(
                () -> model.policyProperty().get().contains("mlfq"), model.policyProperty());
        box.getChildren().addAll(title("parameters.policy"), policy);
        mlfqSection(model, mlfq);
        batchingSection(model);
        box.getChildren().add(section("parameters.arrivalsSection"));
        box.getChildren().addAll(new ArrivalsBox(arrivals, messages).nodes());
        Button paper = new Button(messages.get("parameters.paper"));
        paper.setId("paperButton");
        paper.setTooltip(new Tooltip(messages.get("parameters.paper.tip")));
        paper.setMaxWidth(Double.MAX_VALUE);
        paper.setFocusTraversable(false);
        paper.setOnAction(e -> paperSettings.run());
        VBox.setMargin(paper, new Insets(10, 0, 0, 0));
        box.getChildren().add(paper);
    }

    private void mlfqSection(ParametersModel model, BooleanBinding mlfq) {
        Slider queues = slider("queuesSlider", ParametersModel.MIN_QUEUES, ParametersModel.MAX_QUEUES,
                model.queuesProperty().get());
        queues.valueProperty().addListener((o, a, b) -> model.queuesProperty().set((int) Math.round(b.doubleValue())));
        WeakListeners.on(queues, model.queuesProperty(), () -> queues.setValue(model.queuesProperty().get()));
        Label queuesTitle = valueTitle("parameters.queues", "queuesValue",
                () -> Integer.toString(model.queuesProperty().get()), model.queuesProperty());

        Slider rate = slider("rateSlider", ParametersModel.MIN_RATE, ParametersModel.MAX_RATE,
                model.quantumRateProperty().get());
        rate.valueProperty().addListener((o, a, b) -> model.quantumRateProperty().set(Math.round(b.doubleValue())));
        WeakListeners.on(rate, model.quantumRateProperty(), () -> rate.setValue(model.quantumRateProperty().get()));
        Label rateTitle = valueTitle("parameters.rate", "rateValue",
                () -> messages.number(model.quantumRateProperty().get()), model.quantumRateProperty());

        NumberField quantum = new NumberField("quantumField", messages.get("parameters.auto"), model.quantumProperty(),
                Double.NaN, v -> v > 0, "field.rule.positive", false, messages);
        NumberField starve = new NumberField("starveField", messages.get("parameters.off"),
                model.starveLimitProperty(), Double.POSITIVE_INFINITY, v -> v > 0, "field.rule.positive", false,
                messages);

        ComboBox<Accounting> accounting = combo("accountingBox", List.of(Accounting.values()),
                a -> messages.get("accounting." + a.cliName()));
        accounting.valueProperty().bindBidirectional(model.accountingProperty());

        List<Node> nodes = List.of(queuesTitle, queues, title("parameters.quantum"), quantum,
                rateTitle, rate, title("parameters.accounting"), accounting, title("parameters.starve"), starve);
        for (Node n : nodes) {
            n.disableProperty().bind(mlfq.not());
        }
        box.getChildren().add(section("parameters.mlfqSection"));
        box.getChildren().addAll(nodes);
    }

    private void batchingSection(ParametersModel model) {
        Slider maxBatch = new Slider(0, log2(BatchConfig.MAX_BATCH), log2(model.maxBatchProperty().get()));
        maxBatch.setId("maxBatchSlider");
        maxBatch.setMajorTickUnit(1);
        maxBatch.setMinorTickCount(0);
        maxBatch.setShowTickMarks(true);
        maxBatch.setBlockIncrement(1);
        maxBatch.valueProperty().addListener((o, a, b) -> model.maxBatchProperty().set(batchOf(b.doubleValue())));
        WeakListeners.on(maxBatch, model.maxBatchProperty(), () -> {
            if (batchOf(maxBatch.getValue()) != model.maxBatchProperty().get()) {
                maxBatch.setValue(log2(model.maxBatchProperty().get()));
            }
        });
        Label maxBatchTitle = valueTitle("parameters.maxBatch", "maxBatchValue",
                () -> messages.count(model.maxBatchProperty().get()), model.maxBatchProperty());

        NumberField tokens = new NumberField("maxTokensField", "2048", asNumber(model.maxBatchTokensProperty()),
                BatchConfig.off().maxBatchTokens(), v -> v >= 1, "field.rule.wholePositive", true, messages);
        NumberField kv = new NumberField("kvBlocksField", messages.get("parameters.unlimited"),
                asNumber(model.kvBlocksProperty()), -1, v -> v >= 1, "field.rule.wholePositive", true, messages);

        SegmentedButton mode = segmented("modeButtons", model.batchingModeProperty(), BatchingMode.values(),
                m -> messages.get("mode." + m.cliName()), m -> messages.get("mode." + m.cliName() + ".tip"));
        mode.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !"fcfs".equals(model.policyProperty().get()), model.policyProperty()));
        SegmentedButton preemption = segmented("preemptionButtons", model.preemptionProperty(), Preemption.values(),
                p -> messages.get("preemption." + p.cliName()), p -> messages.get("preemption." + p.cliName() + ".tip"));

        ComboBox<String> cost = combo("costBox", BatchConfig.COST_PRESETS, c -> messages.get("cost." + c));
        cost.valueProperty().bindBidirectional(model.costModelProperty());

        box.getChildren().addAll(section("parameters.batchSection"), maxBatchTitle, maxBatch,
                title("parameters.maxTokens"), tokens, title("parameters.mode"), mode,
                title("parameters.preemption"), preemption, title("parameters.kvBlocks"), kv,
                title("parameters.cost"), cost);
    }

    @SuppressWarnings("unchecked")
    private static javafx.beans.property.Property<Number> asNumber(javafx.beans.property.Property<?> p) {
        return (javafx.beans.property.Property<Number>) p;
    }

    static double log2(int n) {
        return Math.log(Math.max(1, n)) / Math.log(2);
    }

    /** The batch size a position of the logarithmic slider stands for. */
    static int batchOf(double position) {
        return (int) Math.max(1, Math.min(BatchConfig.MAX_BATCH, Math.round(Math.pow(2, position))));
    }

    private <T> SegmentedButton segmented(String id, ObjectProperty<T> property, T[] values, Function<T, String> label,
                                          Function<T, String> tip) {
        List<ToggleButton> buttons = new ArrayList<>();
        for (T v : values) {
            ToggleButton b = new ToggleButton(label.apply(v));
            b.setId(id + "-" + v.toString().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(v);
            b.setTooltip(new Tooltip(tip.apply(v)));
            b.setFocusTraversable(false);
            b.setSelected(v.equals(property.get()));
            b.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    property.set(v);
                } else if (property.get() == v) {
                    b.setSelected(true);
                }
            });
            buttons.add(b);
        }
        SegmentedButton s = new SegmentedButton(buttons.toArray(new ToggleButton[0]));
        s.setId(id);
        s.getStyleClass().add("compact");
        WeakListeners.on(s, property, () -> {
            for (ToggleButton b : buttons) {
                b.setSelected(b.getUserData().equals(property.get()));
            }
        });
        return s;
    }

    private Label section(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("parameter-section");
        VBox.setMargin(l, new Insets(8, 0, 0, 0));
        return l;
    }

    private Label title(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("parameter-title");
        l.setTooltip(new Tooltip(messages.get(key + ".tip")));
        l.setWrapText(true);
        return l;
    }

    /** A title that shows the value beside it: "Queue_num: 4". */
    private Label valueTitle(String key, String id, java.util.concurrent.Callable<String> value,
                             javafx.beans.Observable dependency) {
        Label l = title(key);
        l.setId(id);
        l.textProperty().bind(Bindings.createStringBinding(() -> messages.format("parameters.withValue",
                messages.get(key), value.call()), dependency));
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

    public static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setConverter(converter(text));
        c.setButtonCell(cell(c.getConverter()));
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    public static <T> StringConverter<T> converter(Function<T, String> text) {
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
