package org.servelab.ui.stats;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

import org.servelab.ui.bind.WeakListeners;

/**
 * A copy of a growing list that takes in new elements at most every {@link #PERIOD_NANOS}, so that a
 * chart fed by it lays out a few times a second while thousands of jobs finish; a list that shrinks
 * (a reset, a step back) is copied at once. It works while its owner node is in a scene.
 */
public final class ThrottledFeed {

    static final long PERIOD_NANOS = 200_000_000L;

    private final ObservableList<Double> source;
    private final ObservableList<Double> copy = FXCollections.observableArrayList();
    private long lastFlush;
    /** Feeds take turns (the histograms side by side lay out in different frames): a third of a period apart. */
    private static int created;
    private final long offset = (created++ % 3) * PERIOD_NANOS / 3;
    private boolean timed;

    public ThrottledFeed(ObservableList<Double> source, Node owner) {
        this.source = source;
        copy.setAll(source);
        WeakListeners.on(owner, source, () -> {
            if (source.size() < copy.size()) {
                copy.setAll(source);
            }
        });
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!timed) {
                    timed = true;
                    lastFlush = now - offset;
                }
                if (now - lastFlush >= PERIOD_NANOS
                        && org.servelab.ui.bind.FrameTurns.isTurn(now, org.servelab.ui.bind.FrameTurns.SMALL)) {
                    flush();
                    lastFlush = now;
                }
            }
        };
        owner.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                flush();
                timer.start();
            } else {
                timer.stop();
            }
        });
        if (owner.getScene() != null) {
            timer.start();
        }
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
