package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.servelab.policy.Accounting;

/**
 * Two or more policies on the same trace, side by side on one shared clock. Each column replays its
 * own discrete-event recording; every frame while playing, the shared time advances by the wall time
 * elapsed times {@link #speedProperty() speed} and every column is moved to it, so all columns always
 * show the same simulated instant.
 */
public final class CompareModel {

    public static final int MAX_COLUMNS = 4;

    private final ObservableList<ComparedRun> columns = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyDoubleWrapper end = new ReadOnlyDoubleWrapper(this, "end");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private RunSetup base;
    private long lastFrame = -1;

    public CompareModel(FrameClock clock) {
        clock.start(this::onFrame);
    }

    /**
     * Shows the comparison for this trace and parameters: FCFS | skip-join MLFQ at first, then the
     * columns chosen so far; keeps the time when the trace is the same.
     */
    public void open(RunSetup setup) {
        boolean sameTrace = base != null && base.trace() == setup.trace();
        List<String[]> choice = new ArrayList<>();
        for (ComparedRun c : columns) {
            choice.add(new String[] {c.policy(), c.accounting().name()});
        }
        if (choice.isEmpty()) {
            choice.add(new String[] {"fcfs", Accounting.TIME.name()});
            choice.add(new String[] {"skip-join-mlfq", setup.parameters().accounting().name()});
        }
        base = setup;
        List<ComparedRun> fresh = new ArrayList<>();
        for (String[] c : choice) {
            fresh.add(new ComparedRun(c[0], Accounting.valueOf(c[1]), setup));
        }
        double t = sameTrace ? time.get() : 0;
        columns.setAll(fresh);
        updateEnd();
        if (!sameTrace) {
            speed.set(end.get() > 0 ? end.get() / 20 : 1);
        }
        seek(t);
    }

    /** Replaces column {@code i} with another policy or accounting, at the same time. */
    public void setColumn(int i, String policy, Accounting accounting) {
        columns.set(i, new ComparedRun(policy, accounting, base));
        updateEnd();
        moveAll(time.get());
    }

    public void addColumn(String policy, Accounting accounting) {
        if (columns.size() < MAX_COLUMNS) {
            columns.add(new ComparedRun(policy, accounting, base));
            updateEnd();
            moveAll(time.get());
        }
    }

    public void removeColumn(int i) {
        if (columns.size() > 2) {
            columns.remove(i);
            updateEnd();
        }
    }

    private void updateEnd() {
        double e = 0;
        for (ComparedRun c : columns) {
            e = Math.max(e, c.end());
        }
        end.set(e);
    }

    public void play() {
        if (time.get() >= end.get()) {
            seek(0);
        }
        lastFrame = -1;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves every column to the next iteration boundary of any of them. */
    public void stepForward() {
        double next = Double.NaN;
        for (ComparedRun c : columns) {
            double n = c.run().getRecording().nextStop(time.get());
            if (!Double.isNaN(n) && !(n >= next)) {
                next = n;
            }
        }
        seek(Double.isNaN(next) ? end.get() : next);
    }

    /** Moves every column back to the last iteration boundary of any of them (or the start). */
    public void stepBack() {
        double previous = 0;
        for (ComparedRun c : columns) {
            previous = Math.max(previous, c.run().getRecording().previousStop(time.get()));
        }
        seek(previous);
    }

    public void seek(double t) {
        pause();
        moveAll(Math.max(0, Math.min(t, end.get())));
    }

    private void moveAll(double t) {
        for (ComparedRun c : columns) {
            c.run().seek(t);
        }
        time.set(t);
    }

    private void onFrame(long nanos) {
        if (!playing.get()) {
            return;
        }
        if (lastFrame < 0) {
            lastFrame = nanos;
            return;
        }
        double t = time.get() + (nanos - lastFrame) / 1e9 * speed.get();
        lastFrame = nanos;
        if (t >= end.get()) {
            t = end.get();
            playing.set(false);
        }
        moveAll(t);
    }

    public ObservableList<ComparedRun> columns() {
        return columns;
    }

    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Simulated time units per wall second. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The trace and parameters being compared, or {@code null} before {@link #open}. */
    public RunSetup base() {
        return base;
    }
}
