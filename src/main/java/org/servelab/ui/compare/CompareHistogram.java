package org.servelab.ui.compare;

import java.util.ArrayList;
import java.util.List;

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
        List<ThrottledFeed> feeds = new ArrayList<>();
        fill(view, model, messages, feeds);
        WeakListeners.on(view, model.columns(), () -> fill(view, model, messages, feeds));
        WeakListeners.on(view, model.readyRevisionProperty(), () -> fill(view, model, messages, feeds));
        return view;
    }

    /** Replaces the series, dropping the feeds of the ones before (each would otherwise run on every pulse). */
    private static void fill(JctHistogramView view, CompareModel model, Messages messages, List<ThrottledFeed> feeds) {
        feeds.forEach(ThrottledFeed::dispose);
        feeds.clear();
        view.clearSeries();
        double max = 0;
        for (ComparedRun c : model.columns()) {
            if (!c.ready()) {
                continue;
            }
            ThrottledFeed feed = new ThrottledFeed(c.run().finishedJcts(), view);
            feeds.add(feed);
            view.addSeries(MeanBars.label(c, messages), feed.list(), RunColours.web(c.colour()));
            max = Math.max(max, c.run().getRecording().result().summary().maxJct());
            view.setTimeUnit(c.run().getRecording().trace().timeUnit().symbol());
        }
        view.setBinRange(max > 0 ? max : Double.NaN);
    }
}
