package org.servelab.ui.model;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Saved states of one recording every {@link #interval()} events, so that going back (a step back, the
 * scrubber, a comparison opened mid-run) replays at most one interval instead of the whole run. A
 * background thread replays the recording once, right after it is simulated, and fills them in order
 * (pausing while a run plays, see {@link BackgroundWork}); until it has passed a time, seeking there
 * replays from the latest checkpoint ready (or from zero).
 *
 * <p>A checkpoint is taken right after an event is applied, with the clock at that event's time, so it is
 * valid for any time after it. About 40 per run keep the memory at a few dozen states.
 */
final class Checkpoints {

    private static final int MIN_INTERVAL = 4096;
    private static final int TARGET_COUNT = 40;

    private final RunRecording recording;
    private final int interval;
    private final AtomicReferenceArray<RunState> saved;
    private volatile boolean started;

    Checkpoints(RunRecording recording) {
        this.recording = recording;
        int events = recording.eventCount();
        this.interval = Math.max(MIN_INTERVAL, events / TARGET_COUNT + 1);
        this.saved = new AtomicReferenceArray<>(events / interval + 1);
    }

    int interval() {
        return interval;
    }

    /**
     * Starts filling the checkpoints on a daemon thread (once), unless the run is too short to need any; the
     * filling pauses while {@code work} is held (a run plays).
     */
    synchronized void startFilling(BackgroundWork work) {
        if (started || recording.eventCount() < interval) {
            return;
        }
        started = true;
        work.threads("servelab-checkpoints").newThread(this::fill).start();
    }

    /** Fills every checkpoint not saved yet, on this thread (tests, and the comparison's worker). */
    void fill() {
        fillUntil(Double.POSITIVE_INFINITY);
    }

    /** Fills the checkpoints up to simulated time {@code until} (a re-simulated run to be shown at that time). */
    void fillUntil(double until) {
        if (saved.length() == 0 || saved.get(saved.length() - 1) != null) {
            return;
        }
        RunState s = new RunState(new TokenLog());
        s.reset(recording);
        while (s.hasNext(recording) && s.now() <= until) {
            s.applyNextIfBefore(recording, Double.POSITIVE_INFINITY);
            offer(s);
            if ((s.applied() & RunRecording.CANCEL_CHECK) == 0) {
                BackgroundWork.pauseHere();
            }
        }
    }

    /** Saves the state if it is exactly at a checkpoint not saved yet. */
    void offer(RunState s) {
        int applied = s.applied();
        if (applied % interval != 0) {
            return;
        }
        int c = applied / interval - 1;
        if (c >= 0 && c < saved.length() && saved.get(c) == null) {
            saved.set(c, s.snapshot());
        }
    }

    /** The latest checkpoint whose clock is before {@code t} and that lies after {@code minApplied} events. */
    RunState before(double t, int minApplied) {
        RunState best = null;
        for (int c = 0; c < saved.length(); c++) {
            RunState s = saved.get(c);
            if (s == null || !(s.now() < t)) {
                break;
            }
            if (s.applied() > minApplied) {
                best = s;
            }
        }
        return best;
    }

    /** Checkpoints saved so far. */
    int ready() {
        int n = 0;
        while (n < saved.length() && saved.get(n) != null) {
            n++;
        }
        return n;
    }
}
