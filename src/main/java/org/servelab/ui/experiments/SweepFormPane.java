package org.servelab.ui.experiments;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.servelab.experiment.ServingAxes;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.workload.generate.AlpacaLengths;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.workload.arrival.ArrivalProcesses;
import org.servelab.workload.generate.LengthPresets;
import org.servelab.workload.generate.Target;

/**
 * The sweep's definition: policies, the MLFQ knobs, loads or rates, CVs, seeds, jobs, lengths and
 * arrivals, bound to the {@link SweepForm}; what is wrong shows under the fields as it is typed, with
 * the field it is about outlined. The run count, the message and Run and Cancel sit in a footer under the
 * scrolling fields, so they stay in view however small the window.
 */
final class SweepFormPane extends BorderPane {

    private static final String INVALID = "invalid";

    private final SweepForm form;
    private final Messages messages;
    private final Map<String, Node> byOption = new HashMap<>();
    private final VBox box = new VBox(3);

    SweepFormPane(ExperimentsModel model, Messages messages) {
        this.form = model.form();
        this.messages = messages;
        box.getStyleClass().add("experiments-form");
        box.setPadding(new Insets(8, 10, 10, 10));
        box.setPrefWidth(270);
        policies();
        add(messages.get("experiments.queues"), text("queuesField", form.queuesProperty(), "experiments.list.tip"),
                "--queues");
        add(messages.get("experiments.quantumRates"),
                text("quantumRatesField", form.quantumRatesProperty(), "experiments.list.tip"), "--quantum-rate");
        add(messages.get("experiments.quanta"), text("quantaField", form.quantaProperty(), "experiments.quanta.tip"),
                "--quantum");
        target();
        add(messages.get("experiments.cvs"), text("cvsField", form.cvsProperty(), "experiments.cvs.tip"), "--cv");
        VBox count = labelled("experiments.seeds", text("seedsField", form.seedsProperty(), null), "--seeds");
        VBox first = labelled("experiments.seed", text("seedField", form.seedProperty(), null), "--seed");
        HBox.setHgrow(count, Priority.ALWAYS);
        HBox.setHgrow(first, Priority.ALWAYS);
        HBox seeds = new HBox(8, count, first);
        box.getChildren().add(seeds);
        add(messages.get("experiments.jobs"), text("jobsField", form.jobsProperty(), null), "--jobs");
        workload();
        ComboBox<String> arrivals = combo("arrivalsBox", ArrivalProcesses.kinds(), s -> s);
        arrivals.valueProperty().bindBidirectional(form.arrivalsProperty());
        add(messages.get("experiments.arrivals"), arrivals, "--arrivals");
        serving();
        WeakListeners.on(this, form.invalidOptionProperty(), this::outline);
        outline();
        ScrollPane fields = new ScrollPane(box);
        fields.setId("sweepFormFields");
        fields.setFitToWidth(true);
        fields.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox footer = new VBox(3, runsLabel(), messageLabel(), buttons(model));
        footer.setId("sweepFormFooter");
        footer.getStyleClass().add("experiments-form-footer");
        footer.setPadding(new Insets(4, 10, 8, 10));
        setCenter(fields);
        setBottom(footer);
        setMinWidth(250);
        setPrefWidth(290);
    }

    private void policies() {
        VBox checks = new VBox(4);
        checks.setId("policyChecks");
        checks.setPadding(new Insets(2));
        for (String p : BatchPolicies.NAMES) {
            CheckBox c = new CheckBox(messages.get("policy." + p));
            c.setId("policy-" + p);
            c.selectedProperty().bindBidirectional(form.policyProperty(p));
            checks.getChildren().add(c);
        }
        add(messages.get("experiments.policies"), checks, "--policy");
    }

    private void target() {
        ComboBox<Target.Kind> kind = combo("targetBox", List.of(Target.Kind.LOAD, Target.Kind.RATE),
                k -> messages.get(k == Target.Kind.RATE ? "experiments.target.rate" : "experiments.target.load"));
        kind.valueProperty().bindBidirectional(form.targetProperty());
        kind.setTooltip(new Tooltip(messages.get("experiments.target.tip")));
        TextField xs = text("xsField", form.xsProperty(), "experiments.list.tip");
        byOption.put("--rate", xs);
        add(messages.get("experiments.target"), new VBox(3, kind, xs), "--load");
        byOption.put("--load", xs);
    }

    private void workload() {
        List<String> choices = new ArrayList<>(LengthPresets.names());
        choices.add(AlpacaLengths.NAME);
        choices.add(SweepForm.RESAMPLE);
        ComboBox<String> lengths = combo("workloadBox", choices,
                s -> SweepForm.RESAMPLE.equals(s) ? messages.get("experiments.workload.resample") : s);
        lengths.valueProperty().bindBidirectional(form.workloadProperty());
        TextField file = text("traceField", form.traceFileProperty(), null);
        file.setPromptText(messages.get("experiments.traceFile"));
        Button browse = new Button(messages.get("experiments.browse"));
        browse.setId("browseTraceButton");
        browse.setOnAction(e -> browse());
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox fileRow = new HBox(4, file, browse);
        fileRow.visibleProperty().bind(form.workloadProperty().isEqualTo(SweepForm.RESAMPLE));
        fileRow.managedProperty().bind(fileRow.visibleProperty());
        add(messages.get("experiments.workload"), new VBox(3, lengths, fileRow), "--lengths");
        byOption.put("--lengths", file);
    }

    /**
     * Cost models and the batching axes, each a list in its flag's syntax; left empty, a field keeps the
     * command's default. Collapsed until opened; any batching field runs the sweep on the batching engine.
     */
    private void serving() {
        VBox fields = new VBox(3);
        TextField cost = text("costModelField", form.costModelProperty(), "experiments.costModel.tip");
        fields.getChildren().add(labelled(messages.get("experiments.costModel"), cost));
        byOption.put("--cost-model", cost);
        for (String key : ServingAxes.KEYS) {
            TextField f = text("serving-" + key, form.servingProperty(key), null);
            f.setPromptText(messages.get("experiments.serving.default." + key));
            f.setTooltip(new Tooltip(messages.get("experiments.serving.tip." + key)));
            fields.getChildren().add(labelled(messages.get("experiments.serving." + key), f));
            byOption.put("--" + key, f);
        }
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(
                messages.get("experiments.serving"), fields);
        pane.setId("servingPane");
        pane.setExpanded(false);
        pane.setAnimated(false);
        VBox.setMargin(pane, new Insets(6, 0, 0, 0));
        box.getChildren().add(pane);
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("files.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("files.filter.traces"), "*.json", "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("files.filter.all"), "*.*"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            form.traceFileProperty().set(f.getPath());
        }
    }

    private Node runsLabel() {
        Label runs = new Label();
        runs.setId("runsLabel");
        runs.getStyleClass().add("runs-label");
        runs.setWrapText(true);
        runs.textProperty().bind(Bindings.createStringBinding(() -> {
            var s = form.specProperty().get();
            return s == null ? "" : messages.format("experiments.runs", s.runs(), s.runsPerWorkload(), s.workloads());
        }, form.specProperty()));
        VBox.setMargin(runs, new Insets(2, 0, 0, 0));
        return runs;
    }

    private Node messageLabel() {
        Label message = new Label();
        message.setId("specMessage");
        message.getStyleClass().add("error-label");
        message.setWrapText(true);
        message.textProperty().bind(form.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return message;
    }

    private Node buttons(ExperimentsModel model) {
        Button run = new Button(messages.get("experiments.run"));
        run.setId("runSweepButton");
        run.getStyleClass().add("run-sweep-button");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        Button cancel = new Button(messages.get("experiments.cancel"));
        cancel.setId("cancelSweepButton");
        cancel.setOnAction(e -> model.cancel());
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get().busy(),
                model.stateProperty()));
        cancel.disableProperty().bind(model.stateProperty().isNotEqualTo(SweepState.RUNNING));
        HBox row = new HBox(8, run, cancel);
        row.setPadding(new Insets(4, 0, 0, 0));
        return row;
    }

    private void outline() {
        String bad = form.invalidOptionProperty().get();
        byOption.forEach((option, node) -> node.getStyleClass().remove(INVALID));
        Node n = byOption.get(bad);
        if (n != null) {
            n.getStyleClass().add(INVALID);
        }
    }

    private void add(String title, Node control, String option) {
        box.getChildren().add(labelled(title, control));
        byOption.putIfAbsent(option, control);
    }

    private VBox labelled(String key, Node control, String option) {
        byOption.putIfAbsent(option, control);
        return labelled(messages.get(key), control);
    }

    private static VBox labelled(String title, Node control) {
        Label l = new Label(title);
        l.getStyleClass().add("parameter-title");
        l.setLabelFor(control);
        return new VBox(2, l, control);
    }

    private TextField text(String id, Property<String> value, String tipKey) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        if (tipKey != null) {
            f.setTooltip(new Tooltip(messages.get(tipKey)));
        }
        return f;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setMaxWidth(Double.MAX_VALUE);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        c.setConverter(converter);
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        return c;
    }
}
