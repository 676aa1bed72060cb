package org.servelab.ui.compare;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.ComparedRun;
import org.servelab.ui.model.StatsModel;

/**
 * The runs' mean JCT and mean TTFT side by side, one row per run in its colour: filled for the jobs finished
 * so far, outlined for the whole run, with both values.
 */
final class MeanBars extends GridPane {

    private static final double WIDTH = 110;

    private final CompareModel model;
    private final Messages messages;
    private long shown = -1;

    MeanBars(CompareModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("meanJctBars");
        setHgap(10);
        setVgap(4);
        setPadding(new Insets(4));
        setMinWidth(260);
        WeakListeners.on(this, model.columns(), this::rebuild);
        WeakListeners.on(this, model.readyRevisionProperty(), this::rebuild);
        WeakListeners.on(this, model.timeProperty(), () -> {
            if (finishedSoFar() != shown) {
                rebuild();
            }
        });
        rebuild();
    }

    private long finishedSoFar() {
        long n = 0;
        for (ComparedRun c : model.columns()) {
            n = n * 31 + (c.ready() ? c.run().finishedCount() : -1);
        }
        return n;
    }

    private void rebuild() {
        shown = finishedSoFar();
        getChildren().clear();
        Label jct = title("compare.meanJct");
        Label ttft = title("compare.meanTtft");
        add(jct, 1, 0);
        add(ttft, 2, 0);
        double maxJct = 0;
        double maxTtft = 0;
        for (ComparedRun c : model.columns()) {
            if (c.ready()) {
                maxJct = Math.max(maxJct, c.run().getRecording().result().summary().averageJct());
                maxTtft = Math.max(maxTtft, c.run().getRecording().result().summary().averageTtft());
            }
        }
        int row = 1;
        for (int i = 0; i < model.columns().size(); i++) {
            ComparedRun c = model.columns().get(i);
            Label name = new Label(label(c, messages));
            name.setId("meanName" + i);
            name.setStyle("-fx-text-fill: " + RunColours.web(c.colour()) + "; -fx-font-weight: bold;");
            name.setMaxWidth(180);
            name.setTooltip(new Tooltip(name.getText()));
            add(name, 0, row);
            if (c.ready()) {
                StatsModel s = c.run().stats();
                add(bar(s.meanJctProperty().get(), c.run().getRecording().result().summary().averageJct(), maxJct,
                        c.colour(), "jctBar" + i), 1, row);
                add(bar(s.meanTtftProperty().get(), c.run().getRecording().result().summary().averageTtft(), maxTtft,
                        c.colour(), "ttftBar" + i), 2, row);
            }
            row++;
        }
    }

    private Label title(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("section-title");
        l.setTooltip(new Tooltip(messages.get("compare.barsTip")));
        GridPane.setHalignment(l, HPos.LEFT);
        return l;
    }

    private VBox bar(double live, double whole, double max, int colour, String id) {
        Label value = new Label(messages.format("compare.barValue", messages.number(live), messages.number(whole)));
        value.setId(id);
        value.getStyleClass().add("bar-label");
        String web = RunColours.web(colour);
        Rectangle outline = new Rectangle(max > 0 ? WIDTH * whole / max : 0, 9);
        outline.setStyle("-fx-fill: transparent; -fx-stroke: " + web + ";");
        Rectangle fill = new Rectangle(max > 0 && !Double.isNaN(live) ? WIDTH * live / max : 0, 9);
        fill.setStyle("-fx-fill: " + web + ";");
        Pane bars = new StackPane(outline, fill);
        StackPane.setAlignment(outline, Pos.CENTER_LEFT);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        bars.setMaxWidth(WIDTH);
        bars.setPrefWidth(WIDTH);
        return new VBox(1, value, bars);
    }

    static String label(ComparedRun c, Messages messages) {
        String name = messages.get("policy." + c.policy());
        StringBuilder sb = new StringBuilder(name);
        if (c.policy().contains("mlfq") && c.accounting() != org.servelab.policy.Accounting.TIME) {
            sb.append(" · ").append(messages.get("accounting." + c.accounting().cliName()));
        }
        if (c.setup().batching()) {
            sb.append(" · ").append(messages.format("compare.batchOf", c.choice().batch().maxBatch()));
            if ("fcfs".equals(c.policy())) {
                sb.append(' ').append(messages.get("mode." + c.choice().batch().mode().cliName()));
            }
        }
        return sb.toString();
    }
}
