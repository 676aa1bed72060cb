package org.servelab.ui.experiments;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

import org.servelab.ui.i18n.Messages;

/**
 * The Experiments tab: the sweep's form on the left; on the right its progress and exports above a live
 * chart of mean JCT against load and a table of the finished runs. Binds to an {@link ExperimentsModel}
 * that outlives it.
 */
public final class ExperimentsView extends BorderPane {

    public ExperimentsView(ExperimentsModel model, Messages messages) {
        setId("experimentsView");
        getStylesheets().add(ExperimentsView.class.getResource("experiments.css").toExternalForm());
        SplitPane results = new SplitPane(new LiveJctChart(model, messages), new SweepTable(model, messages));
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.5);
        BorderPane right = new BorderPane(results);
        right.setTop(new SweepProgressPane(model, messages));
        setLeft(new SweepFormPane(model, messages));
        setCenter(right);
    }
}
