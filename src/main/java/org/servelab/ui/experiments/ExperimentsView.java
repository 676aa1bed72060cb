package org.servelab.ui.experiments;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

import org.servelab.ui.i18n.Messages;

/**
 * The Experiments tab: the sweep's form on the left; on the right its progress and exports above a live
 * chart of mean JCT against load (and, once the sweep ends, its figures) and a table of the finished runs. Binds to an {@link ExperimentsModel}
 * that outlives it.
 */
public final class ExperimentsView extends BorderPane {

    public ExperimentsView(ExperimentsModel model, Messages messages) {
        setId("experimentsView");
        getStylesheets().add(ExperimentsView.class.getResource("experiments.css").toExternalForm());
        javafx.scene.control.Tab live = new javafx.scene.control.Tab(messages.get("experiments.liveChart"),
                new LiveJctChart(model, messages));
        javafx.scene.control.Tab figures = new javafx.scene.control.Tab(messages.get("experiments.figures"),
                new SweepFigures(model, messages));
        javafx.scene.control.TabPane charts = new javafx.scene.control.TabPane(live, figures);
        charts.setId("experimentsCharts");
        charts.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane results = new SplitPane(charts, new SweepTable(model, messages));
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.5);
        BorderPane right = new BorderPane(results);
        right.setTop(new SweepProgressPane(model, messages));
        setLeft(new SweepFormPane(model, messages));
        setCenter(right);
    }
}
