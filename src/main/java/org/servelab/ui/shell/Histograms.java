package org.servelab.ui.shell;

import javafx.scene.Node;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.histogram.JctHistogramView;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.RunRecording;
import org.servelab.ui.stats.ThrottledFeed;

/** The live JCT histogram of a run: bins sized for the whole run, filling as jobs finish. */
final class Histograms {

    private Histograms() {
    }

    static Node of(RunModel run, Messages messages) {
        JctHistogramView view = new JctHistogramView(messages.bundle());
        view.setId("jctHistogram");
        view.addSeries(messages.get("stats.histogramSeries"), new ThrottledFeed(run.finishedJcts(), view).list());
        fit(view, run.getRecording());
        WeakListeners.on(view, run.recordingProperty(), () -> fit(view, run.getRecording()));
        return view;
    }

    private static void fit(JctHistogramView view, RunRecording r) {
        view.setTimeUnit(r.trace().timeUnit().symbol());
        view.setBinRange(r.result().summary().maxJct());
    }
}
