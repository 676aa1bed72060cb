package org.servelab.ui.model;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One row of the per-job table: fixed facts of the job and its live state at the displayed time. */
public final class JobRow {

    private final int index;
    private final String id;
    private final double arrival;
    private final double prefill;
    private final int totalTokens;
    private final ReadOnlyIntegerWrapper tokensDone = new ReadOnlyIntegerWrapper(this, "tokensDone");
    private final ReadOnlyIntegerWrapper level = new ReadOnlyIntegerWrapper(this, "level", -1);
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state", JobState.PENDING);
    private final ReadOnlyDoubleWrapper jct = new ReadOnlyDoubleWrapper(this, "jct", Double.NaN);

    JobRow(int index, String id, double arrival, double prefill, int totalTokens) {
        this.index = index;
        this.id = id;
        this.arrival = arrival;
        this.prefill = prefill;
        this.totalTokens = totalTokens;
    }

    void update(int tokens, int lvl, JobState st, double completion) {
        tokensDone.set(tokens);
        level.set(lvl);
        state.set(st);
        jct.set(completion);
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public double arrival() {
        return arrival;
    }

    public double prefill() {
        return prefill;
    }

    public int totalTokens() {
        return totalTokens;
    }

    public ReadOnlyIntegerProperty tokensDoneProperty() {
        return tokensDone.getReadOnlyProperty();
    }

    /** The 0-based queue level the job is in or runs from, or -1. */
    public ReadOnlyIntegerProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Completion time, {@code NaN} until the job finishes. */
    public ReadOnlyDoubleProperty jctProperty() {
        return jct.getReadOnlyProperty();
    }
}
