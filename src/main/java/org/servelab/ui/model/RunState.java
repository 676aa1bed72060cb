package org.servelab.ui.model;

import java.util.Arrays;
import java.util.BitSet;

import org.servelab.engine.event.JobArrived;
import org.servelab.engine.event.JobDemoted;
import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.JobDropped;
import org.servelab.engine.event.JobFinished;
import org.servelab.engine.event.JobJoinedQueue;
import org.servelab.engine.event.JobPreempted;
import org.servelab.engine.event.JobPromoted;
import org.servelab.engine.event.JobSwappedIn;
import org.servelab.engine.event.RunFinished;
import org.servelab.engine.event.SimEvent;
import org.servelab.policy.Iterations;
import org.servelab.workload.TimedTrace;

/**
 * A run's state at a simulated time, rebuilt from its events: the queues and the buffer, the inference
 * slot (batch size 1: the current dispatch and how many of its iterations are done) or the batch slots and
 * KV memory ({@link BatchSlots}), per-job progress and the finished jobs. Plain Java; {@link RunModel}
 * publishes it. {@link #copyFrom} makes exact copies for checkpoints.
 */
final class RunState {

    final QueueState queues = new QueueState();
    final BatchSlots batch = new BatchSlots(this);
    private final TokenLog tokenLog;
    TimedTrace trace;
    BatchTimeline batches;
    int jobs;
    int[] tokens;
    int[] level;
    JobState[] state;
    double[] jct;
    double[] ttft;
    /** Quantum used at the current level: time, or iterations with token accounting. */
    double[] used;
    /** When the job last started waiting (arrival, or leaving the slot); NaN while it runs. */
    double[] waitingSince;
    private boolean tokenAccounting;
    private double usedAtDispatch;
    double[] finishedJcts;
    double[] finishedTtfts;
    double[] finishedTpots;
    int[] finishedOrder;
    int finished;
    int dropped;
    private int arrivalCursor;
    double now;
    private int appliedOthers;
    private int appliedIters;
    private boolean runFinished;
    private int slotJob;
    private int slotLevel;
    private int slotFirst;
    private int slotCount;
    private int slotDone;
    private double slotStart;
    final BitSet dirty = new BitSet();

    RunState(TokenLog tokenLog) {
        this.tokenLog = tokenLog;
    }

    void reset(RunRecording r) {
        TimedTrace t = r.trace();
        BatchTimeline b = r.batches();
        int levels = r.timeline().levels();
        trace = t;
        batches = b;
        jobs = t.size();
        tokens = new int[jobs];
        level = new int[jobs];
        Arrays.fill(level, -1);
        state = new JobState[jobs];
        Arrays.fill(state, JobState.PENDING);
        jct = new double[jobs];
        Arrays.fill(jct, Double.NaN);
        ttft = new double[jobs];
        Arrays.fill(ttft, Double.NaN);
        used = new double[jobs];
        waitingSince = new double[jobs];
        Arrays.fill(waitingSince, Double.NaN);
        tokenAccounting = r.setup().parameters().accounting() == org.servelab.policy.Accounting.TOKENS
                && !r.batched();
        finishedJcts = new double[jobs];
        finishedTtfts = new double[jobs];
        finishedTpots = new double[jobs];
        finishedOrder = new int[jobs];
        finished = 0;
        dropped = 0;
        arrivalCursor = 0;
        now = 0;
        appliedOthers = 0;
        appliedIters = 0;
        runFinished = false;
        slotJob = -1;
        queues.reset(levels, jobs);
        tokenLog.reset(r);
        batch.reset(b);
        dirty.set(0, jobs);
        admitArrivals();
    }

    /** Makes this state an exact copy of {@code o}; the token log is moved to {@code o}'s position. */
    void copyFrom(RunState o) {
        trace = o.trace;
        batches = o.batches;
        jobs = o.jobs;
        tokens = QueueState.copy(tokens, o.tokens);
        level = QueueState.copy(level, o.level);
        state = copy(state, o.state);
        jct = copy(jct, o.jct);
        ttft = copy(ttft, o.ttft);
        used = copy(used, o.used);
        waitingSince = copy(waitingSince, o.waitingSince);
        tokenAccounting = o.tokenAccounting;
        usedAtDispatch = o.usedAtDispatch;
        finishedJcts = copy(finishedJcts, o.finishedJcts);
        finishedTtfts = copy(finishedTtfts, o.finishedTtfts);
        finishedTpots = copy(finishedTpots, o.finishedTpots);
        finishedOrder = QueueState.copy(finishedOrder, o.finishedOrder);
        finished = o.finished;
        dropped = o.dropped;
        arrivalCursor = o.arrivalCursor;
        now = o.now;
        appliedOthers = o.appliedOthers;
        appliedIters = o.appliedIters;
        runFinished = o.runFinished;
        slotJob = o.slotJob;
        slotLevel = o.slotLevel;
        slotFirst = o.slotFirst;
        slotCount = o.slotCount;
        slotDone = o.slotDone;
        slotStart = o.slotStart;
        queues.copyFrom(o.queues);
        batch.copyFrom(o.batch);
        tokenLog.restore(o.tokenLog.slices(), o.tokenLog.tokenCount());
        dirty.set(0, jobs);
    }

    /** A detached copy for a checkpoint (its token log is never shown). */
    RunState snapshot() {
        RunState s = new RunState(new TokenLog());
        s.copyFrom(this);
        s.dirty.clear();
        return s;
    }

    private static double[] copy(double[] into, double[] from) {
        if (into == null || into.length != from.length) {
            return from.clone();
        }
        System.arraycopy(from, 0, into, 0, from.length);
        return into;
    }

    private static JobState[] copy(JobState[] into, JobState[] from) {
        if (into == null || into.length != from.length) {
            return from.clone();
        }
        System.arraycopy(from, 0, into, 0, from.length);
        return into;
    }

    // ---- the event stream -----------------------------------------------------------------------

    /** Events applied so far, iterations included (the engines' count). */
    int applied() {
        return appliedOthers + appliedIters;
    }

    int appliedOthers() {
        return appliedOthers;
    }

    int appliedIterations() {
        return appliedIters;
    }

    /** Whether the next event of the recording is an iteration (else it is the next of the others). */
    boolean nextIsIteration(RunRecording r) {
        return appliedIters < r.iterations() && batches.othersBefore(appliedIters) == appliedOthers;
    }

    /** Whether the recording has events left to apply. */
    boolean hasNext(RunRecording r) {
        return appliedOthers < r.others().size() || appliedIters < r.iterations();
    }

    /** Applies the recording's next event if it belongs to time {@code t}; returns whether it did. */
    boolean applyNextIfBefore(RunRecording r, double t) {
        if (nextIsIteration(r)) {
            if (!r.iterationBelongsTo(appliedIters, t)) {
                return false;
            }
            applyIteration();
            return true;
        }
        SimEvent e = r.others().get(appliedOthers);
        if (!RunRecording.belongsTo(e, t)) {
            return false;
        }
        apply(e);
        return true;
    }

    /** Applies one event of a live run (an iteration start counts as the next iteration of the columns). */
    void apply(SimEvent e) {
        if (e instanceof org.servelab.engine.event.BatchStarted) {
            applyIteration();
            return;
        }
        if (!(e instanceof JobArrived)) {
            advance(e.time());
        }
        appliedOthers++;
        int j = e.job();
        if (e instanceof JobArrived) {
            if (state[j] == JobState.PENDING) {
                toBuffer(j);
            }
        } else if (e instanceof JobJoinedQueue) {
            moveTo(j, ((JobJoinedQueue) e).level(), false);
        } else if (e instanceof JobDispatched) {
            dispatch((JobDispatched) e);
        } else if (e instanceof JobDemoted) {
            batch.leave(j);
            moveTo(j, ((JobDemoted) e).to(), false);
        } else if (e instanceof JobPromoted) {
            moveTo(j, ((JobPromoted) e).to(), false);
        } else if (e instanceof JobFinished) {
            finish(j, ((JobFinished) e).jct());
        } else if (e instanceof JobPreempted) {
            JobPreempted p = (JobPreempted) e;
            batch.preempted(j, p.swapped(), p.blocks(), p.time());
            if (state[j] == JobState.RUNNING) {
                moveTo(j, Math.max(0, level[j]), true);
            }
        } else if (e instanceof JobSwappedIn) {
            batch.swappedIn(j, ((JobSwappedIn) e).blocks());
        } else if (e instanceof JobDropped) {
            drop(j);
        } else if (e instanceof RunFinished) {
            runFinished = true;
        }
    }

    private void applyIteration() {
        int k = appliedIters++;
        advance(batches.iterStart(k));
        batch.start(k);
    }

    /**
     * Moves the clock forward (arrivals enter the buffer) and lets the running work make its tokens up
     * to the clock. The running job's tokens are counted even when the clock is already past {@code t}:
     * while playing, a frame may show a time the engine's events have not reached yet, and an event that
     * arrives later (a new dispatch, say) must find the previous dispatch's tokens counted.
     */
    void advance(double t) {
        if (t > now) {
            now = t;
            admitArrivals();
        }
        if (batches != null) {
            batch.advance(now);
            return;
        }
        if (slotJob < 0) {
            return;
        }
        int before = slotDone;
        while (slotDone < slotCount && iterationEnd(slotDone + 1) <= now) {
            slotDone++;
        }
        if (slotDone != before) {
            if (before == 0 && slotFirst == 1) {
                ttft[slotJob] = slotStart + trace.prefillTime(slotJob) - trace.arrival(slotJob);
            }
            tokens[slotJob] = slotFirst - 1 + slotDone;
            used[slotJob] = tokenAccounting ? usedAtDispatch + slotDone
                    : usedAtDispatch + (iterationEnd(slotDone) - slotStart);
            tokenLog.currentDone(slotDone);
            dirty.set(slotJob);
        }
        if (slotDone != before && slotDone == slotCount && tokens[slotJob] < trace.outputTokens(slotJob)) {
            // the slice has just ended and the job is not done: it is back at the head of its level
            // (until the event that demotes it, if any, moves it on)
            moveTo(slotJob, slotLevel, true);
        }
    }

    private void admitArrivals() {
        while (arrivalCursor < jobs && trace.arrival(trace.byArrival(arrivalCursor)) <= now) {
            int j = trace.byArrival(arrivalCursor++);
            if (state[j] == JobState.PENDING) {
                toBuffer(j);
            }
        }
    }

    private void toBuffer(int j) {
        state[j] = JobState.BUFFER;
        waitingSince[j] = trace.arrival(j);
        queues.append(queues.buffer(), j);
        dirty.set(j);
    }

    /** Puts a job in a queue lane (at its head or tail); it leaves the inference slot if it was there. */
    void moveTo(int j, int lvl, boolean head) {
        if (j == slotJob) {
            slotJob = -1;
        }
        if (head) {
            queues.prepend(lvl, j);
        } else {
            queues.append(lvl, j);
        }
        if (level[j] != lvl) {
            used[j] = 0;
        }
        if (state[j] == JobState.RUNNING || Double.isNaN(waitingSince[j])) {
            waitingSince[j] = now;
        }
        level[j] = lvl;
        state[j] = JobState.QUEUED;
        dirty.set(j);
    }

    /** A job joins the batch: it leaves its lane. */
    void running(int j, int lvl) {
        queues.remove(j);
        if (level[j] != lvl) {
            used[j] = 0;
        }
        waitingSince[j] = Double.NaN;
        level[j] = lvl;
        state[j] = JobState.RUNNING;
        dirty.set(j);
    }

    /** A batching iteration ended: the job made a token. */
    void tokenMade(int j, int token, double at) {
        tokens[j] = token;
        if (token == 1) {
            ttft[j] = at - trace.arrival(j);
        }
        dirty.set(j);
    }

    /** A batching iteration of this duration ended with the job in it: it is charged to its quantum. */
    void charge(int j, double duration) {
        used[j] += duration;
        dirty.set(j);
    }

    void tokenCount(long count) {
        tokenLog.batchTokens(count);
    }

    private void dispatch(JobDispatched d) {
        if (slotJob >= 0 && slotJob != d.job() && state[slotJob] == JobState.RUNNING) {
            moveTo(slotJob, slotLevel, true);
        }
        int j = d.job();
        queues.remove(j);
        slotJob = j;
        slotLevel = d.level();
        slotFirst = d.firstToken();
        slotCount = d.iterations();
        slotDone = 0;
        slotStart = d.time();
        if (level[j] != d.level()) {
            used[j] = 0;
        }
        usedAtDispatch = used[j];
        waitingSince[j] = Double.NaN;
        level[j] = d.level();
        state[j] = JobState.RUNNING;
        tokenLog.dispatch();
        dirty.set(j);
    }

    private void finish(int j, double completion) {
        if (j == slotJob) {
            slotJob = -1;
        }
        batch.finished(j);
        queues.remove(j);
        tokens[j] = batches != null ? batch.outputTokens(j) : trace.outputTokens(j);
        state[j] = JobState.DONE;
        waitingSince[j] = Double.NaN;
        jct[j] = completion;
        finishedOrder[finished] = j;
        finishedTtfts[finished] = ttft[j];
        finishedTpots[finished] = tokens[j] > 1 ? (completion - ttft[j]) / (tokens[j] - 1) : Double.NaN;
        finishedJcts[finished++] = completion;
        dirty.set(j);
    }

    private void drop(int j) {
        batch.finished(j);
        queues.remove(j);
        state[j] = JobState.DROPPED;
        waitingSince[j] = Double.NaN;
        dropped++;
        dirty.set(j);
    }

    private double iterationEnd(int k) {
        return Iterations.boundary(slotStart, trace.prefillTime(slotJob), trace.decodeTime(slotJob), slotFirst - 1, k);
    }

    // ---- reading --------------------------------------------------------------------------------

    double now() {
        return now;
    }

    boolean runFinished() {
        return runFinished;
    }

    int jobs() {
        return jobs;
    }

    int tokens(int j) {
        return tokens[j];
    }

    int level(int j) {
        return level[j];
    }

    JobState state(int j) {
        return state[j];
    }

    double jct(int j) {
        return jct[j];
    }

    double ttft(int j) {
        return ttft[j];
    }

    double used(int j) {
        return used[j];
    }

    double waitingSince(int j) {
        return waitingSince[j];
    }

    double[] finishedJcts() {
        return finishedJcts;
    }

    double[] finishedTtfts() {
        return finishedTtfts;
    }

    double[] finishedTpots() {
        return finishedTpots;
    }

    int finishedJob(int k) {
        return finishedOrder[k];
    }

    int finished() {
        return finished;
    }

    int dropped() {
        return dropped;
    }

    /** The job in the batch-size-1 inference slot, or -1. */
    int slotJob() {
        return slotJob;
    }

    int slotLevel() {
        return slotLevel;
    }

    /** Token number of the iteration in the slot now (the last one when all are done). */
    int slotToken() {
        return slotFirst + Math.min(slotDone, slotCount - 1);
    }

    /** Progress of the slot's current iteration, 0..1. */
    double slotProgress() {
        if (slotJob < 0) {
            return 0;
        }
        if (slotDone >= slotCount) {
            return 1;
        }
        double begin = iterationEnd(slotDone);
        double end = iterationEnd(slotDone + 1);
        return Math.max(0, Math.min(1, (now - begin) / (end - begin)));
    }
}
