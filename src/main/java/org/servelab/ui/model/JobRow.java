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
    private final ReadOnlyDoubleWrapper ttft = new ReadOnlyDoubleWrapper(this, "ttft", Double.NaN);
    private final ReadOnlyIntegerWrapper preemptions = new ReadOnlyIntegerWrapper(this, "preemptions");
    private final ReadOnlyDoubleWrapper quantumUsed = new ReadOnlyDoubleWrapper(this, "quantumUsed");
    private final ReadOnlyDoubleWrapper waitingSince = new ReadOnlyDoubleWrapper(this, "waitingSince", Double.NaN);

    JobRow(int index, String id, double arrival, double prefill, int totalTokens) {
        this.index = index;
        this.id = id;
        this.arrival = arrival;
        this.prefill = prefill;
        this.totalTokens = totalTokens;
    }

    void update(RunState s, int j) {
        tokensDone.set(s.tokens(j));
        level.set(s.level(j));
        state.set(s.state(j));
        jct.set(s.jct(j));
        ttft.set(s.ttft(j));
        preemptions.set(s.batch.preemptions.length == 0 ? 0 : s.batch.preemptions[j]);
        quantumUsed.set(s.used(j));
        waitingSince.set(s.waitingSince(j));
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

    /** Time to first token, {@code NaN} until it is made. */
    public ReadOnlyDoubleProperty ttftProperty() {
        return ttft.getReadOnlyProperty();
    }

    /** How often the job lost its KV to make room for another. */
    public ReadOnlyIntegerProperty preemptionsProperty() {
        return preemptions.getReadOnlyProperty();
    }

    /** Quantum used at the current level: time, or iterations with token accounting. */
    public ReadOnlyDoubleProperty quantumUsedProperty() {
        return quantumUsed.getReadOnlyProperty();
    }

    /** When the job started waiting, {@code NaN} while it runs, before it arrives and once it is done. */
    public ReadOnlyDoubleProperty waitingSinceProperty() {
        return waitingSince.getReadOnlyProperty();
    }
}
