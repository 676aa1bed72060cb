package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 *
 * <p>Going back restores the latest {@link Checkpoints checkpoint} before the target and replays from
 * there, so a step back in a run of a million events replays a few thousand.
 *
 * <p>The <em>opening</em> is the state before anything at time 0 is decided: the jobs that arrive at 0
 * wait in the buffer, so that the first step shows where each one joins.
 */
public final class RunModel {

    private final TokenLog tokens = new TokenLog();
    private final DecisionLog decisions = new DecisionLog();
    private final RunState state = new RunState(tokens);
    private final StatsModel stats = new StatsModel();
    private final ObservableList<JobRow> rows = FXCollections.observableArrayList();
    private final ObservableList<JobRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FinishedList finishedJcts = new FinishedList();
    private final FinishedList finishedTtfts = new FinishedList();
    private final FinishedList finishedTpots = new FinishedList();
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<RunRecording> recording = new ReadOnlyObjectWrapper<>(this, "recording");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private Checkpoints checkpoints;
    private int publishedFinished;
    private boolean backgroundCheckpoints = true;
    private BackgroundWork background = new BackgroundWork();
    private boolean useCheckpoints = true;
    private final boolean withRows;

    /** A model with a row per job (the jobs table reads them). */
    public RunModel() {
        this(true);
    }

    /** @param withRows whether to keep a row per job; a comparison column has no jobs table and needs none */
    public RunModel(boolean withRows) {
        this.withRows = withRows;
    }

    /** Shows a new recording at its opening (time 0, arrivals in the buffer). */
    public void load(RunRecording r) {
        recording.set(r);
        decisions.reset(r);
        checkpoints = r.checkpoints();
        if (backgroundCheckpoints) {
            checkpoints.startFilling(background);
        }
        if (withRows) {
            List<JobRow> fresh = new ArrayList<>(r.trace().size());
            for (int j = 0; j < r.trace().size(); j++) {
                fresh.add(new JobRow(j, r.trace().id(j), r.trace().arrival(j), r.trace().prefillTime(j),
                        r.trace().outputTokens(j)));
            }
            rows.setAll(fresh);
        }
        seekOpening();
    }

    /** The background work that fills this model's checkpoints, paused while a run plays. */
    void setBackgroundWork(BackgroundWork work) {
        background = work;
    }

    /** Fills checkpoints on the calling thread when a recording is loaded (tests); default: a background thread. */
    void setBackgroundCheckpoints(boolean background) {
        backgroundCheckpoints = background;
    }

    /** Going back replays from zero, ignoring checkpoints (tests compare both ways). */
    void setUseCheckpoints(boolean use) {
        useCheckpoints = use;
    }

    /** Fills all checkpoints of the current recording now (tests, measurements). */
    public void fillCheckpoints() {
        checkpoints.fill();
    }

    /** Shows the opening: time 0 with the first arrivals in the buffer, nothing decided yet. */
    public void seekOpening() {
        state.reset(recording.get());
        opening.set(true);
        publish();
    }

    /**
     * Shows the state at time {@code t}: every event of the boundaries up to {@code t} except the start of
     * a dispatch or batch at exactly {@code t}.
     */
    public void seek(double t) {
        RunRecording r = recording.get();
        boolean wasOpening = opening.get();
        opening.set(false);
        if (t < state.now()) {
            RunState cp = useCheckpoints ? checkpoints.before(t, -1) : null;
            if (cp != null) {
                state.copyFrom(cp);
            } else {
                state.reset(r);
            }
        } else {
            RunState cp = useCheckpoints ? checkpoints.before(t, state.applied() + checkpoints.interval()) : null;
            if (cp != null) {
                state.copyFrom(cp);
            }
        }
        replayTo(r, t);
        if (wasOpening) {
            state.dirty.set(0, state.jobs());
        }
        publish();
    }

    private void replayTo(RunRecording r, double t) {
        while (state.hasNext(r) && state.applyNextIfBefore(r, t)) {
            checkpoints.offer(state);
        }
        state.advance(t);
    }

    /** Applies events that arrived from a running engine, then moves the clock to {@code t}; one update. */
    public void applyBatch(List<SimEvent> events, double t) {
        opening.set(false);
        for (SimEvent e : events) {
            state.apply(e);
        }
        state.advance(t);
        publish();
    }

    private void publish() {
        boolean finishedChanged = state.finished() != publishedFinished;
        boolean changed = !state.dirty.isEmpty() || state.now() != time.get() || finishedChanged;
        if (withRows) {
            for (int j = state.dirty.nextSetBit(0); j >= 0; j = state.dirty.nextSetBit(j + 1)) {
                rows.get(j).update(state, j);
            }
        }
        state.dirty.clear();
        if (finishedChanged) {
            int n = state.finished();
            finishedJcts.sync(state.finishedJcts(), n);
            finishedTtfts.sync(state.finishedTtfts(), n);
            finishedTpots.sync(state.finishedTpots(), n);
            publishedFinished = n;
            stats.update(state.finishedJcts(), state.finishedTtfts(), state.finishedTpots(), n, state.jobs());
        } else if (stats.totalProperty().get() != state.jobs()) {
            stats.update(state.finishedJcts(), state.finishedTtfts(), state.finishedTpots(), state.finished(), state.jobs());
        }
        tokens.publish();
        decisions.applied(state.appliedOthers());
        decisions.publish();
        time.set(state.now());
        if (changed) {
            revision.set(revision.get() + 1);
        }
    }

    /** An observable copy of the first n values of a growing array, changed by one add or one remove. */
    private static final class FinishedList {
        final ObservableList<Double> list = FXCollections.observableArrayList();
        final ObservableList<Double> view = FXCollections.unmodifiableObservableList(list);

        void sync(double[] values, int n) {
            if (n < list.size()) {
                list.remove(n, list.size());
            } else if (n > list.size()) {
                List<Double> added = new ArrayList<>(n - list.size());
                for (int k = list.size(); k < n; k++) {
                    added.add(values[k]);
                }
                list.addAll(added);
            }
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    public RunRecording getRecording() {
        return recording.get();
    }

    public ReadOnlyObjectProperty<RunRecording> recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** The timeline of the recording shown. */
    public Timeline timeline() {
        return recording.get().timeline();
    }

    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public double getTime() {
        return time.get();
    }

    /** Whether the opening is shown (time 0, before the first arrivals join their queues). */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public boolean isOpening() {
        return opening.get();
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
        return finishedJcts.view;
    }

    /** TTFTs of finished jobs, in finishing order. */
    public ObservableList<Double> finishedTtfts() {
        return finishedTtfts.view;
    }

    /** TPOTs of finished jobs, in finishing order ({@code NaN} for one-token jobs). */
    public ObservableList<Double> finishedTpots() {
        return finishedTpots.view;
    }

    public TokenLog tokens() {
        return tokens;
    }

    /** The decisions so far (queue moves, dispatches, preemptions, finishes), oldest first. */
    public DecisionLog decisions() {
        return decisions;
    }

    /**
     * The next event of the recording not shown yet that starts work (a dispatch, or a batch as its first
     * member's iteration index), for telling what happens next; {@code null} at the end.
     */
    public SimEvent nextDecision() {
        RunRecording r = recording.get();
        int o = state.appliedOthers();
        return o < r.others().size() ? r.others().get(o) : null;
    }

    public StatsModel stats() {
        return stats;
    }

    public QueueState queues() {
        return state.queues;
    }

    /** Events of the run applied so far (iterations included), in the engines' order. */
    public int eventsApplied() {
        return state.applied();
    }

    /** Events other than iterations applied so far: the decisions of {@link RunRecording#others()}. */
    public int othersApplied() {
        return state.appliedOthers();
    }

    /** Iterations (batches) started so far. */
    public int iterationsApplied() {
        return state.appliedIterations();
    }

    /** Number of jobs finished at the displayed time. */
    public int finishedCount() {
        return state.finished();
    }

    /** Number of jobs dropped at the displayed time. */
    public int droppedCount() {
        return state.dropped();
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

    /** When the job started waiting, {@code NaN} while it runs, before it arrives and once it is done. */
    public double waitingSinceOf(int job) {
        return state.waitingSince(job);
    }

    /** The job in the batch-size-1 inference slot, or -1 (see {@link #slotJob(int)} for batches). */
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

    // ---- the batch ------------------------------------------------------------------------------

    /** Whether the run shown was made by the batching engine. */
    public boolean batched() {
        return recording.get() != null && recording.get().batched();
    }

    /** Slots of the inference panel: {@code max-batch}, or 1 without batching. */
    public int slotCount() {
        return batched() ? state.batch.slotJob.length : 1;
    }

    /** The job in slot s, or -1. */
    public int slotJob(int s) {
        return batched() ? state.batch.slotJob[s] : s == 0 ? state.slotJob() : -1;
    }

    /** Slots holding a job. */
    public int slotsUsed() {
        return batched() ? state.batch.slotsUsed : state.slotJob() >= 0 ? 1 : 0;
    }

    /** The slot a job is in, or -1. */
    public int slotOf(int job) {
        if (batched()) {
            return state.batch.slotOf[job];
        }
        return job == state.slotJob() ? 0 : -1;
    }

    /** What a job in a slot does this iteration: {@link Timeline#CHUNK}, {@link Timeline#DECODE} or padding. */
    public byte workKind(int job) {
        if (batched()) {
            return recording.get().batches().memberKind(state.batch.member[job]);
        }
        return state.slotToken() == 1 ? Timeline.CHUNK : Timeline.DECODE;
    }

    /** Chunk k of its prefill, or the token i a decode makes. */
    public int workIndex(int job) {
        if (batched()) {
            BatchTimeline b = recording.get().batches();
            int m = state.batch.member[job];
            return b.memberKind(m) == Timeline.CHUNK ? b.memberChunk(m) : b.memberKind(m) == Timeline.DECODE
                    ? b.memberToken(m) : state.tokens(job);
        }
        return state.slotToken() == 1 ? 1 : state.slotToken();
    }

    /** How many chunks the prefill takes, or the job's output tokens. */
    public int workTotal(int job) {
        if (batched()) {
            BatchTimeline b = recording.get().batches();
            int m = state.batch.member[job];
            return b.memberKind(m) == Timeline.CHUNK ? b.memberChunks(m) : recording.get().trace().outputTokens(job);
        }
        return state.slotToken() == 1 ? 1 : recording.get().trace().outputTokens(job);
    }

    /** Tokens the job's work processes this iteration (a chunk's length, 1 for a decode). */
    public int workTokens(int job) {
        if (batched()) {
            return recording.get().batches().memberWork(state.batch.member[job]);
        }
        return state.slotToken() == 1 ? Math.max(1, recording.get().trace().promptTokens(job)) : 1;
    }

    /** Progress of the job's current work, 0..1. */
    public double workProgress(int job) {
        if (batched()) {
            return state.batch.progress(job, state.now());
        }
        return state.slotProgress();
    }

    /** The iteration in progress or last run, or -1. */
    public int currentIteration() {
        return batched() ? state.batch.current : -1;
    }

    /** Whether the current iteration has ended (the display is at its boundary). */
    public boolean iterationEnded() {
        return !batched() || state.batch.currentDone;
    }

    public int blocksOf(int job) {
        return batched() ? state.batch.blocks[job] : 0;
    }

    public int swappedBlocksOf(int job) {
        return batched() ? state.batch.swapped[job] : 0;
    }

    /** Tokens whose KV the job holds (or had, if swapped out). */
    public int contextOf(int job) {
        return batched() ? state.batch.context[job] : 0;
    }

    public int preemptionsOf(int job) {
        return batched() ? state.batch.preemptions[job] : 0;
    }

    /** Whether the job was preempted and has not run since (its chip is marked). */
    public boolean preempted(int job) {
        return batched() && state.batch.preemptedAt[job] >= 0;
    }

    public long kvUsed() {
        return batched() ? state.batch.kvUsed : 0;
    }

    public long swapUsed() {
        return batched() ? state.batch.swapUsed : 0;
    }

    /** KV capacity in blocks, -1 when unlimited or not modelled. */
    public long kvCapacity() {
        return batched() ? recording.get().batches().kvCapacity() : -1;
    }

    /** Allocations that failed so far (each made the engine preempt a job). */
    public int allocationFailures() {
        return batched() ? state.batch.failures : 0;
    }

    /** The job preempted by the last failed allocation, or -1. */
    public int lastFailedJob() {
        return batched() ? state.batch.lastFailJob : -1;
    }

    public double lastFailureTime() {
        return batched() ? state.batch.lastFailTime : Double.NaN;
    }
}
