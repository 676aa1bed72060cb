package org.servelab.ui.compare;

import javafx.scene.Node;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.histogram.JctHistogramView;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.ComparedRun;
import org.servelab.ui.stats.ThrottledFeed;

/** The compared runs' JCT histograms, overlaid on shared bins, each run in its own colour. */
final class CompareHistogram {

    private CompareHistogram() {
    }

    static Node of(CompareModel model, Messages messages) {
        JctHistogramView view = new JctHistogramView(messages.bundle());
        view.setId("compareHistogram");
        view.setMinWidth(160);
        fill(view, model, messages);
        WeakListeners.on(view, model.columns(), () -> fill(view, model, messages));
        WeakListeners.on(view, model.readyRevisionProperty(), () -> fill(view, model, messages));
        return view;
    }

    private static void fill(JctHistogramView view, CompareModel model, Messages messages) {
        view.clearSeries();
        double max = 0;
        for (ComparedRun c : model.columns()) {
            if (!c.ready()) {
                continue;
            }
            view.addSeries(MeanBars.label(c, messages), new ThrottledFeed(c.run().finishedJcts(), view).list(),
                    RunColours.web(c.colour()));
            max = Math.max(max, c.run().getRecording().result().summary().maxJct());
            view.setTimeUnit(c.run().getRecording().trace().timeUnit().symbol());
        }
        view.setBinRange(max > 0 ? max : Double.NaN);
    }
}
