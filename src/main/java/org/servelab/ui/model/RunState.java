package org.servelab.ui.model;

import java.util.Arrays;
import java.util.BitSet;

import org.servelab.engine.event.JobArrived;
import org.servelab.engine.event.JobDemoted;
import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.JobFinished;
import org.servelab.engine.event.JobJoinedQueue;
import org.servelab.engine.event.JobPromoted;
import org.servelab.engine.event.RunFinished;
import org.servelab.engine.event.SimEvent;
import org.servelab.policy.Iterations;
import org.servelab.workload.TimedTrace;

/**
 * A run's state at a simulated time, rebuilt from its decision-level events: the queues and the
 * buffer, the inference slot (the current dispatch and how many of its iterations are done at the
 * current time), per-job progress and the finished jobs. Plain Java; {@link RunModel} publishes it.
 */
final class RunState {

    final QueueState queues = new QueueState();
    private final TokenLog tokenLog;
    private TimedTrace trace;
    private int jobs;
    private int[] tokens;
    private int[] level;
    private JobState[] state;
    private double[] jct;
    private double[] finishedJcts;
    private int[] finishedOrder;
    private int finished;
    private double ttftSum;
    private int ttftCount;
    private int arrivalCursor;
    private double now;
    private int applied;
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

    void reset(TimedTrace t, int levels) {
        trace = t;
        jobs = t.size();
        tokens = new int[jobs];
        level = new int[jobs];
        Arrays.fill(level, -1);
        state = new JobState[jobs];
        Arrays.fill(state, JobState.PENDING);
        jct = new double[jobs];
        Arrays.fill(jct, Double.NaN);
        finishedJcts = new double[jobs];
        finishedOrder = new int[jobs];
        finished = 0;
        ttftSum = 0;
        ttftCount = 0;
        arrivalCursor = 0;
        now = 0;
        applied = 0;
        runFinished = false;
        slotJob = -1;
        queues.reset(levels, jobs);
        tokenLog.reset(t);
        dirty.set(0, jobs);
        admitArrivals();
    }

    void apply(SimEvent e) {
        if (!(e instanceof JobArrived)) {
            advance(e.time());
        }
        applied++;
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
            moveTo(j, ((JobDemoted) e).to(), false);
        } else if (e instanceof JobPromoted) {
            moveTo(j, ((JobPromoted) e).to(), false);
        } else if (e instanceof JobFinished) {
            finish(j, ((JobFinished) e).jct());
        } else if (e instanceof RunFinished) {
            runFinished = true;
        }
    }

    /**
     * Moves the clock forward (arrivals enter the buffer) and lets the running job make its tokens up
     * to the clock. The running job's tokens are counted even when the clock is already past {@code t}:
     * while playing, a frame may show a time the engine's events have not reached yet, and an event that
     * arrives later (a new dispatch, say) must find the previous dispatch's tokens counted.
     */
    void advance(double t) {
        if (t > now) {
            now = t;
            admitArrivals();
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
                ttftSum += slotStart + trace.prefillTime(slotJob) - trace.arrival(slotJob);
                ttftCount++;
            }
            tokens[slotJob] = slotFirst - 1 + slotDone;
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
        queues.append(queues.buffer(), j);
        dirty.set(j);
    }

    private void moveTo(int j, int lvl, boolean head) {
        if (j == slotJob) {
            slotJob = -1;
        }
        if (head) {
            queues.prepend(lvl, j);
        } else {
            queues.append(lvl, j);
        }
        level[j] = lvl;
        state[j] = JobState.QUEUED;
        dirty.set(j);
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
        level[j] = d.level();
        state[j] = JobState.RUNNING;
        tokenLog.dispatch(j, d.level(), d.firstToken(), d.time());
        dirty.set(j);
    }

    private void finish(int j, double completion) {
        if (j == slotJob) {
            slotJob = -1;
        }
        queues.remove(j);
        tokens[j] = trace.outputTokens(j);
        state[j] = JobState.DONE;
        jct[j] = completion;
        finishedOrder[finished] = j;
        finishedJcts[finished++] = completion;
        dirty.set(j);
    }

    private double iterationEnd(int k) {
        return Iterations.boundary(slotStart, trace.prefillTime(slotJob), trace.decodeTime(slotJob), slotFirst - 1, k);
    }

    double now() {
        return now;
    }

    int applied() {
        return applied;
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

    double[] finishedJcts() {
        return finishedJcts;
    }

    int finishedJob(int k) {
        return finishedOrder[k];
    }

    int finished() {
        return finished;
    }

    double ttftSum() {
        return ttftSum;
    }

    int ttftCount() {
        return ttftCount;
    }

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
