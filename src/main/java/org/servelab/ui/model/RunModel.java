package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.servelab.engine.event.SimEvent;

/**
 * The observable picture of one run at the displayed simulated time. Changes arrive in batches
 * ({@link #applyBatch} once per frame while playing, {@link #seek} for steps and scrubbing) and each
 * batch is published once: one {@link #revisionProperty() revision} increment, one list change per
 * list, each changed row updated once.
 */
public final class RunModel {

    private final TokenLog tokens = new TokenLog();
    private final RunState state = new RunState(tokens);
    private final StatsModel stats = new StatsModel();
    private final ObservableList<JobRow> rows = FXCollections.observableArrayList();
    private final ObservableList<JobRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Double> finishedJcts = FXCollections.observableArrayList();
    private final ObservableList<Double> finishedView = FXCollections.unmodifiableObservableList(finishedJcts);
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<RunRecording> recording = new ReadOnlyObjectWrapper<>(this, "recording");
    private int publishedFinished;
    private int publishedTtft = -1;

    /** Shows a new recording at time 0 (the start, before the first dispatch). */
    public void load(RunRecording r) {
        recording.set(r);
        List<JobRow> fresh = new ArrayList<>(r.trace().size());
        for (int j = 0; j < r.trace().size(); j++) {
            fresh.add(new JobRow(j, r.trace().id(j), r.trace().arrival(j), r.trace().prefillTime(j),
                    r.trace().outputTokens(j)));
        }
        rows.setAll(fresh);
        rebuild(0);
    }

    /**
     * Shows the state at time {@code t}: every event of the boundaries up to {@code t} except a dispatch
     * at exactly {@code t}. Going back replays the recording from zero.
     */
    public void seek(double t) {
        RunRecording r = recording.get();
        if (t < state.now()) {
            rebuild(t);
            return;
        }
        replayTo(r, t);
        publish();
    }

    private void rebuild(double t) {
        RunRecording r = recording.get();
        state.reset(r.trace(), r.schedule().levels());
        stats.reset(r.trace().size());
        publishedFinished = 0;
        publishedTtft = -1;
        finishedJcts.clear();
        replayTo(r, t);
        publish();
    }

    private void replayTo(RunRecording r, double t) {
        List<SimEvent> events = r.events();
        while (state.applied() < events.size() && RunRecording.belongsTo(events.get(state.applied()), t)) {
            state.apply(events.get(state.applied()));
        }
        state.advance(t);
    }

    /** Applies events that arrived from a running engine, then moves the clock to {@code t}; one update. */
    public void applyBatch(List<SimEvent> events, double t) {
        for (SimEvent e : events) {
            state.apply(e);
        }
        state.advance(t);
        publish();
    }

    private void publish() {
        boolean finishedChanged = state.finished() != publishedFinished;
        boolean changed = !state.dirty.isEmpty() || state.now() != time.get() || finishedChanged;
        for (int j = state.dirty.nextSetBit(0); j >= 0; j = state.dirty.nextSetBit(j + 1)) {
            rows.get(j).update(state.tokens(j), state.level(j), state.state(j), state.jct(j));
        }
        state.dirty.clear();
        if (state.finished() != publishedFinished) {
            double[] all = state.finishedJcts();
            List<Double> added = new ArrayList<>(state.finished() - publishedFinished);
            for (int k = publishedFinished; k < state.finished(); k++) {
                added.add(all[k]);
            }
            publishedFinished = state.finished();
            finishedJcts.addAll(added);
        }
        if (finishedChanged || publishedTtft != state.ttftCount()) {
            publishedTtft = state.ttftCount();
            stats.update(state.finishedJcts(), state.finished(), state.ttftSum(), state.ttftCount(), state.jobs());
        }
        tokens.publish();
        time.set(state.now());
        if (changed) {
            revision.set(revision.get() + 1);
        }
    }

    public RunRecording getRecording() {
        return recording.get();
    }

    public ReadOnlyObjectProperty<RunRecording> recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public double getTime() {
        return time.get();
    }

    /** Increments once per published batch that changed anything. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableList<JobRow> rows() {
        return rowsView;
    }

    /** JCTs of finished jobs, in finishing order. */
    public ObservableList<Double> finishedJcts() {
        return finishedView;
    }

    public TokenLog tokens() {
        return tokens;
    }

    public StatsModel stats() {
        return stats;
    }

    public QueueState queues() {
        return state.queues;
    }

    /** Events of the run applied so far, in the engines' order. */
    public int eventsApplied() {
        return state.applied();
    }

    /** Number of jobs finished at the displayed time. */
    public int finishedCount() {
        return state.finished();
    }

    /** The k-th job to finish (0 = first). */
    public int finishedJob(int k) {
        return state.finishedJob(k);
    }

    /** The 0-based level a job is in or last ran from, or -1. */
    public int levelOf(int job) {
        return state.level(job);
    }

    public boolean isFinished() {
        return state.runFinished();
    }

    public JobState stateOf(int job) {
        return state.state(job);
    }

    public int tokensOf(int job) {
        return state.tokens(job);
    }

    /** The job in the inference slot, or -1. */
    public int slotJob() {
        return state.slotJob();
    }

    public int slotLevel() {
        return state.slotLevel();
    }

    /** Token number of the slot's current iteration (1 = prefill). */
    public int slotToken() {
        return state.slotToken();
    }

    /** Progress of the slot's current iteration, 0..1. */
    public double slotProgress() {
        return state.slotProgress();
    }
}
