package org.servelab.ui.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The one frame clock the window's views are paced by: a single animation timer that counts the pulses
 * and, in each, calls every view attached to it (while the view is in a scene). While a run plays, the
 * heavy repaints take turns over three consecutive pulses, the Gantt chart, the queue, and the small
 * canvases (strip, KV bar, histograms), so that no pulse paints them all, and each repaints at most once
 * in three pulses; the histograms take in new values every {@value #FEED_FRAMES} pulses, each in its own
 * turn of the small canvases. Stepping and scrubbing are not paced: a view repaints in the pulse after
 * the change.
 */
public final class FramePacer {

    public static final int TURNS = 3;
    public static final int GANTT = 0;
    public static final int QUEUE = 1;
    public static final int SMALL = 2;
    /** Pulses between two updates of a histogram's values (200 ms at 60 frames a second). */
    public static final int FEED_FRAMES = 4 * TURNS;

    private static final List<LongConsumer> VIEWS = new ArrayList<>();
    private static long frame;
    private static final AnimationTimer TIMER = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame++;
            for (LongConsumer v : VIEWS.toArray(new LongConsumer[0])) {
                v.accept(now);
            }
        }
    };

    private FramePacer() {
    }

    /**
     * Calls {@code onFrame} with the pulse's time stamp once per pulse while {@code owner} is in a scene,
     * after the models have taken in the frame's events. Returns what detaches it again.
     */
    public static Runnable attach(Node owner, LongConsumer onFrame) {
        ChangeListener<Scene> inScene = (o, before, scene) -> {
            if (scene != null) {
                add(onFrame);
            } else {
                remove(onFrame);
            }
        };
        owner.sceneProperty().addListener(inScene);
        if (owner.getScene() != null) {
            add(onFrame);
        }
        return () -> {
            owner.sceneProperty().removeListener(inScene);
            remove(onFrame);
        };
    }

    /** How many views the clock calls now. */
    public static int attached() {
        return VIEWS.size();
    }

    private static void add(LongConsumer v) {
        if (!VIEWS.contains(v)) {
            VIEWS.add(v);
        }
        TIMER.start();
    }

    private static void remove(LongConsumer v) {
        VIEWS.remove(v);
        if (VIEWS.isEmpty()) {
            TIMER.stop();
        }
    }

    /** Whether this pulse is the turn {@code turn} ({@link #GANTT}, {@link #QUEUE} or {@link #SMALL}). */
    public static boolean isTurn(int turn) {
        return frame % TURNS == turn;
    }

    /**
     * Whether this pulse is the turn of histogram feed {@code feed} (0, 1 or 2) to take in new values: a
     * turn of the small canvases, one in {@value #FEED_FRAMES} pulses, the three feeds in different ones.
     */
    public static boolean isFeedTurn(int feed) {
        return frame % FEED_FRAMES == SMALL + TURNS * (1 + Math.floorMod(feed, FEED_FRAMES / TURNS - 1));
    }

    /** Counts a pulse without calling the views (tests that call a view's frame themselves). */
    public static void countFrame() {
        frame++;
    }

    /** Pulses counted so far. */
    public static long frame() {
        return frame;
    }
}
