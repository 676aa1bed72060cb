package org.servelab.ui.compare;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.ComparedRun;

/** The runs' mean JCTs next to each other: live (jobs finished so far) and for the whole run. */
final class MeanJctBars extends VBox {

    private final CompareModel model;
    private final Messages messages;
    private int shownFinished = -1;

    MeanJctBars(CompareModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("meanJctBars");
        setSpacing(6);
        setPadding(new Insets(6));
        setMinWidth(240);
        WeakListeners.on(this, model.columns(), this::rebuild);
        WeakListeners.on(this, model.timeProperty(), () -> {
            if (finishedSoFar() != shownFinished) {
                rebuild();
            }
        });
        rebuild();
    }

    private int finishedSoFar() {
        int n = 0;
        for (ComparedRun c : model.columns()) {
            n += c.run().finishedCount();
        }
        return n;
    }

    private void rebuild() {
        shownFinished = finishedSoFar();
        getChildren().clear();
        Label title = new Label(messages.get("compare.meanTitle"));
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        double max = 0;
        for (ComparedRun c : model.columns()) {
            max = Math.max(max, c.run().getRecording().result().summary().averageJct());
        }
        for (int i = 0; i < model.columns().size(); i++) {
            ComparedRun c = model.columns().get(i);
            double fin = c.run().getRecording().result().summary().averageJct();
            double live = c.run().stats().meanJctProperty().get();
            getChildren().add(new JctBar(label(c, messages), live, fin, max, i, model.columns().size(), messages));
        }
    }

    static String label(ComparedRun c, Messages messages) {
        String name = messages.get("policy." + c.policy());
        return c.policy().contains("mlfq") ? name + " · " + messages.get("accounting." + c.accounting().cliName()) : name;
    }
}
