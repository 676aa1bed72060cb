package org.servelab.ui.shell;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.servelab.metrics.JobResult;
import org.servelab.ui.bind.LayoutBoundary;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.histogram.JctHistogramView;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.RunRecording;
import org.servelab.ui.stats.ThrottledFeed;

/**
 * The live histograms of a run side by side: JCT, TTFT and TPOT of the jobs finished so far, on bins sized
 * for the whole run, with a logarithmic option for long tails.
 */
final class Histograms {

    private Histograms() {
    }

    static Node of(RunModel run, Messages messages) {
        JctHistogramView jct = view("jctHistogram", messages, null, run.finishedJcts(), messages.get("stats.histogramSeries"));
        JctHistogramView ttft = view("ttftHistogram", messages, messages.get("stats.ttftAxis"), run.finishedTtfts(),
                messages.get("stats.ttftSeries"));
        JctHistogramView tpot = view("tpotHistogram", messages, messages.get("stats.tpotAxis"), run.finishedTpots(),
                messages.get("stats.tpotSeries"));
        Runnable fit = () -> {
            RunRecording r = run.getRecording();
            String unit = r.trace().timeUnit().symbol();
            for (JctHistogramView v : new JctHistogramView[] {jct, ttft, tpot}) {
                v.setTimeUnit(unit);
            }
            jct.setBinRange(r.result().summary().maxJct());
            double maxTtft = 0;
            double maxTpot = 0;
            for (JobResult j : r.result().jobs()) {
                if (!Double.isNaN(j.ttft())) {
                    maxTtft = Math.max(maxTtft, j.ttft());
                }
                if (j.outputTokens() > 1 && !Double.isNaN(j.finish())) {
                    maxTpot = Math.max(maxTpot, (j.finish() - j.firstToken()) / (j.outputTokens() - 1));
                }
            }
            ttft.setBinRange(maxTtft > 0 ? maxTtft : Double.NaN);
            tpot.setBinRange(maxTpot > 0 ? maxTpot : Double.NaN);
        };
        fit.run();
        WeakListeners.on(jct, run.recordingProperty(), fit);
        CheckBox log = new CheckBox(messages.get("stats.log"));
        log.setId("logHistograms");
        log.setFocusTraversable(false);
        HBox row = new HBox(4);
        for (JctHistogramView v : new JctHistogramView[] {jct, ttft, tpot}) {
            v.logScaleProperty().bind(log.selectedProperty());
            v.setMinWidth(120);
            v.setPrefWidth(260);
            // new values lay out the chart alone, not every pane up to the window's root
            LayoutBoundary holder = LayoutBoundary.of(v);
            HBox.setHgrow(holder, Priority.ALWAYS);
            row.getChildren().add(holder);
        }
        VBox.setVgrow(row, Priority.ALWAYS);
        VBox box = new VBox(2, row, log);
        box.setPadding(new Insets(0, 4, 4, 4));
        return box;
    }

    private static JctHistogramView view(String id, Messages messages, String quantity, ObservableList<Double> values,
                                         String series) {
        JctHistogramView view = new JctHistogramView(messages.bundle());
        view.setId(id);
        view.setQuantity(quantity);
        view.addSeries(series, new ThrottledFeed(values, view).list());
        return view;
    }
}
