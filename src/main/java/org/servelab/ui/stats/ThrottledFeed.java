package org.servelab.ui.stats;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

import org.servelab.ui.bind.FramePacer;
import org.servelab.ui.bind.WeakListeners;

/**
 * A copy of a growing list that, while the list grows every frame (playing), takes in new elements once
 * every {@link FramePacer#FEED_FRAMES} pulses, in its turn of the {@link FramePacer} (feeds side by side take
 * in in different pulses), so that a chart fed by it lays out a few times a second while thousands of jobs
 * finish; elements that come after a quiet spell (a step) are taken in at the next pulse, and a list that
 * shrinks (a reset, a step back) is copied at once. It works while its owner node is in a scene.
 */
public final class ThrottledFeed {

    private final ObservableList<Double> source;
    private final ObservableList<Double> copy = FXCollections.observableArrayList();
    /** Feeds take turns: the charts side by side lay out in different frames. */
    private static int created;
    private final int turn = created++;
    /** The last pulse at which the copy was behind the source. */
    private long lastBehind = Long.MIN_VALUE / 2;
    private final Runnable[] detach = new Runnable[2];
    private final javafx.beans.value.ChangeListener<javafx.scene.Scene> inScene = (o, before, scene) -> {
        if (scene != null) {
            flush();
        }
    };
    private final Node owner;

    public ThrottledFeed(ObservableList<Double> source, Node owner) {
        this.source = source;
        this.owner = owner;
        copy.setAll(source);
        detach[0] = WeakListeners.on(owner, source, () -> {
            if (source.size() < copy.size()) {
                copy.setAll(source);
            }
        });
        owner.sceneProperty().addListener(inScene);
        detach[1] = FramePacer.attach(owner, now -> {
            if (source.size() == copy.size()) {
                return;
            }
            long frame = FramePacer.frame();
            // new values after a quiet spell (a step, a seek) are taken in at once; a stream of them (playing)
            // in the feed's turn
            boolean quiet = frame - lastBehind > FramePacer.FEED_FRAMES;
            lastBehind = frame;
            if (quiet || FramePacer.isFeedTurn(turn)) {
                flush();
            }
        });
    }

    /** Stops following the source: the feed is dropped (its chart series are being replaced). */
    public void dispose() {
        for (Runnable d : detach) {
            d.run();
        }
        owner.sceneProperty().removeListener(inScene);
    }

    /** Takes in everything the source has now. */
    public void flush() {
        if (source.size() > copy.size()) {
            List<Double> added = new ArrayList<>(source.subList(copy.size(), source.size()));
            copy.addAll(added);
        } else if (source.size() < copy.size()) {
            copy.setAll(source);
        }
    }

    public ObservableList<Double> list() {
        return copy;
    }
}
