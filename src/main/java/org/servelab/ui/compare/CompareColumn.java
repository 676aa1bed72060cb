package org.servelab.ui.compare;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.servelab.policy.Accounting;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;
import org.servelab.ui.gantt.GanttView;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.BatchConfig;
import org.servelab.ui.model.ColumnChoice;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.ComparedRun;
import org.servelab.ui.parameters.ParametersPane;
import org.servelab.ui.queue.QueueView;

/**
 * One compared run: its policy, batch size and settings (accounting, batching mode, preemption) in the header,
 * in the run's own colour; its animated queue and batch above its own Gantt chart; its mean JCT and TTFT.
 */
final class CompareColumn extends VBox {

    static final List<Integer> BATCH_SIZES = List.of(1, 2, 3, 4, 8, 16, 32, 64, 128, 256);

    private final QueueView queue;
    private final GanttView gantt;

    CompareColumn(CompareModel model, int index, Messages messages, double scale) {
        ComparedRun run = model.columns().get(index);
        ColumnChoice choice = run.choice();
        getStyleClass().add("compare-column");
        setId("compareColumn" + index);
        setSpacing(3);
        setPadding(new Insets(3));
        setMinWidth(220);
        setStyle("-fx-border-color: " + RunColours.web(run.colour()) + ";");

        Region swatch = new Region();
        swatch.getStyleClass().add("run-swatch");
        swatch.setStyle("-fx-background-color: " + RunColours.web(run.colour()) + ";");
        swatch.setMinSize(10, 18);
        ComboBox<String> policy = new ComboBox<>();
        policy.setId("comparePolicy" + index);
        policy.getItems().setAll(ParametersPane.POLICIES);
        policy.setConverter(ParametersPane.converter(n -> messages.get("policy." + n)));
        policy.setValue(run.policy());
        policy.setMaxWidth(Double.MAX_VALUE);
        policy.setMinWidth(60);
        policy.setPrefWidth(120);
        HBox.setHgrow(policy, Priority.ALWAYS);
        policy.setOnAction(e -> model.setColumn(index, choice.withPolicy(policy.getValue())));
        ComboBox<Integer> batch = new ComboBox<>();
        batch.setId("compareBatch" + index);
        batch.getItems().setAll(BATCH_SIZES);
        if (!BATCH_SIZES.contains(choice.batch().maxBatch())) {
            batch.getItems().add(choice.batch().maxBatch());
        }
        batch.setValue(choice.batch().maxBatch());
        batch.setConverter(ParametersPane.converter(n -> messages.format("compare.batchOf", n)));
        batch.setTooltip(new Tooltip(messages.get("parameters.maxBatch.tip")));
        batch.setMinWidth(Region.USE_PREF_SIZE);
        batch.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.format("compare.batchOf", item));
            }
        });
        batch.setOnAction(e -> model.setColumn(index, choice.withBatch(choice.batch().withMaxBatch(batch.getValue()))));
        MenuButton settings = settings(model, index, choice, messages);
        Button remove = new Button("×");
        remove.setId("compareRemove" + index);
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip(messages.get("compare.remove")));
        remove.setDisable(model.columns().size() <= 2);
        remove.setOnAction(e -> model.removeColumn(index));
        HBox header = new HBox(4, swatch, policy, batch, settings, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        queue = new QueueView(run.run(), messages);
        queue.setId("compareQueue" + index);
        queue.setScale(scale);
        queue.setMinHeight(90);
        gantt = new GanttView(messages);
        gantt.setId("compareGantt" + index);
        gantt.setTextScale(scale);
        gantt.setMinHeight(80);
        gantt.setFollowNow(true);
        if (run.ready()) {
            gantt.setTimeline(run.run().getRecording().timeline());
            gantt.nowProperty().bind(run.run().timeProperty());
        }
        SplitPane split = new SplitPane(queue, gantt);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label mean = new Label();
        mean.setId("compareMean" + index);
        mean.getStyleClass().add("compare-mean");
        mean.setMinWidth(0);
        if (run.ready()) {
            mean.textProperty().bind(Bindings.createStringBinding(() -> messages.format("compare.mean",
                    messages.number(run.run().stats().meanJctProperty().get()),
                    messages.number(run.run().stats().meanTtftProperty().get()),
                    messages.count(run.run().stats().doneProperty().get()),
                    messages.count(run.run().stats().totalProperty().get())),
                    run.run().stats().meanJctProperty(), run.run().stats().doneProperty()));
            getChildren().addAll(header, split, mean);
        } else {
            Label wait = new Label(run.error() != null ? messages.format("compare.failed",
                    org.servelab.ui.i18n.ErrorText.of(run.error(), messages)) : messages.get("compare.simulating"));
            wait.setId("compareWait" + index);
            wait.setWrapText(true);
            wait.getStyleClass().add(run.error() != null ? "error-label" : "hint-label");
            VBox.setVgrow(wait, Priority.ALWAYS);
            wait.setMaxHeight(Double.MAX_VALUE);
            wait.setAlignment(Pos.CENTER);
            getChildren().addAll(header, wait);
        }
    }

    GanttView gantt() {
        return gantt;
    }

    QueueView queue() {
        return queue;
    }

    private static MenuButton settings(CompareModel model, int index, ColumnChoice choice, Messages messages) {
        MenuButton b = new MenuButton("⚙");
        b.setId("compareSettings" + index);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(messages.get("compare.settings")));
        Menu accounting = new Menu(messages.get("parameters.accounting"));
        ToggleGroup ag = new ToggleGroup();
        for (Accounting a : Accounting.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("accounting." + a.cliName()));
            item.setToggleGroup(ag);
            item.setSelected(a == choice.accounting());
            item.setOnAction(e -> model.setColumn(index, choice.withAccounting(a)));
            accounting.getItems().add(item);
        }
        accounting.setDisable(!choice.policy().contains("mlfq"));
        Menu mode = new Menu(messages.get("parameters.mode"));
        ToggleGroup mg = new ToggleGroup();
        for (BatchingMode m : BatchingMode.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("mode." + m.cliName()));
            item.setId("compareMode" + index + "-" + m.cliName());
            item.setToggleGroup(mg);
            item.setSelected(m == choice.batch().mode());
            item.setOnAction(e -> model.setColumn(index, choice.withBatch(choice.batch().withMode(m))));
            mode.getItems().add(item);
        }
        Menu preemption = new Menu(messages.get("parameters.preemption"));
        ToggleGroup pg = new ToggleGroup();
        for (Preemption p : Preemption.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("preemption." + p.cliName()));
            item.setToggleGroup(pg);
            item.setSelected(p == choice.batch().preemption());
            item.setOnAction(e -> model.setColumn(index, choice.withBatch(choice.batch().withPreemption(p))));
            preemption.getItems().add(item);
        }
        Menu cost = new Menu(messages.get("parameters.cost"));
        ToggleGroup cg = new ToggleGroup();
        for (String c : BatchConfig.COST_PRESETS) {
            RadioMenuItem item = new RadioMenuItem(messages.get("cost." + c));
            item.setToggleGroup(cg);
            item.setSelected(c.equals(choice.batch().costModel()));
            item.setOnAction(e -> model.setColumn(index, choice.withBatch(choice.batch().withCostModel(c))));
            cost.getItems().add(item);
        }
        b.getItems().addAll(accounting, mode, preemption, cost);
        return b;
    }
}
