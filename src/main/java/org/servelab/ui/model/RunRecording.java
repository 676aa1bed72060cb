package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.servelab.engine.BatchSetup;
import org.servelab.engine.DiscreteEventEngine;
import org.servelab.engine.Schedule;
import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.JobArrived;
import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.SimEvent;
import org.servelab.metrics.RunResult;
import org.servelab.policy.Accounting;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/**
 * A whole run simulated once with the discrete-event engine: its events, its timeline and its results.
 * Because runs are deterministic, any simulated time is reached by replaying these events, and they equal,
 * event for event, what the threaded engine emits while playing.
 *
 * <p>The event stream is {@link #others()} with the run's iterations interleaved: a batch-size-1 run has
 * decision-level events only (tokens are derived from dispatches) and no iterations; a batching run keeps
 * its iterations ({@code BatchStarted}) as columns of its {@link BatchTimeline}, iteration k coming after
 * {@code othersBefore(k)} of the other events.
 *
 * <p>A <em>stop</em> is an iteration boundary (or time 0): the state after every event of that boundary
 * except the start of the next dispatch or batch, so a step shows where each job went before the next
 * work is picked.
 */
public final class RunRecording {

    private final RunSetup setup;
    private final List<SimEvent> others;
    private final Schedule schedule;
    private final BatchTimeline batches;
    private final Timeline timeline;
    private final RunResult result;
    private Checkpoints checkpoints;

    private RunRecording(RunSetup setup, List<SimEvent> others, Schedule schedule, BatchTimeline batches,
                         RunResult result) {
        this.setup = setup;
        this.others = others;
        this.schedule = schedule;
        this.batches = batches;
        this.timeline = batches != null ? batches : new ScheduleTimeline(schedule, setup.parameters());
        this.result = result;
    }

    /**
     * Simulates a run.
     *
     * @throws IllegalArgumentException when the setup cannot run (token accounting with batches, a job that
     *                                  can never fit in the KV memory, a cost model that names nothing)
     */
    public static RunRecording simulate(RunSetup setup) {
        if (setup.batching()) {
            return simulateBatches(setup);
        }
        List<SimEvent> events = new ArrayList<>();
        EventSink sink = new EventSink() {
            @Override
            public void accept(SimEvent event) {
                events.add(event);
                if ((events.size() & CANCEL_CHECK) == 0) {
                    BackgroundWork.pauseHere();
                }
            }

            @Override
            public boolean wantsIterations() {
                return false;
            }
        };
        SchedulingPolicy policy = setup.newPolicy();
        RunResult result = new DiscreteEventEngine().run(setup.trace(), policy, sink);
        Schedule schedule = Schedule.fromEvents(setup.trace(), policy, events);
        return new RunRecording(setup, Collections.unmodifiableList(events), schedule, null, result);
    }

    /** Every this many events + 1 a simulation looks whether it was cancelled. */
    /** Every how many events (minus one, a mask) long work calls {@link BackgroundWork#pauseHere}. */
    static final int CANCEL_CHECK = 4095;


    private static RunRecording simulateBatches(RunSetup setup) {
        if (setup.policy().contains("mlfq") && setup.parameters().accounting() == Accounting.TOKENS) {
            throw new IllegalArgumentException("token accounting runs with Max batch 1 only");
        }
        BatchSetup batch = setup.newBatchSetup();
        BatchTimeline.Recorder recorder = new BatchTimeline.Recorder(setup.trace());
        EventSink sink = new EventSink() {
            private int seen;

            @Override
            public void accept(SimEvent event) {
                recorder.accept(event);
                if ((++seen & CANCEL_CHECK) == 0) {
                    BackgroundWork.pauseHere();
                }
            }

            @Override
            public boolean wantsIterations() {
                return recorder.wantsIterations();
            }
        };
        RunResult result = new DiscreteEventEngine().run(setup.trace(), batch, sink);
        BatchTimeline t = recorder.build(batch.policy(), setup.batch().maxBatch(), batch.options().blockSize(),
                batch.options().preemption());
        return new RunRecording(setup, t.others(), null, t, result);
    }

    public RunSetup setup() {
        return setup;
    }

    public TimedTrace trace() {
        return setup.trace();
    }

    /** Whether the run was made by the batching engine. */
    public boolean batched() {
        return batches != null;
    }

    /** The run's events other than its iterations (all of them for a batch-size-1 run). */
    public List<SimEvent> others() {
        return others;
    }

    /** Iterations recorded as columns (0 for a batch-size-1 run). */
    public int iterations() {
        return batches == null ? 0 : batches.iterations();
    }

    /** All events of the run, iterations included. */
    public int eventCount() {
        return others.size() + iterations();
    }

    /** The batch-size-1 schedule, or {@code null} for a batching run (see {@link #timeline()}). */
    public Schedule schedule() {
        return schedule;
    }

    /** The batching columns, or {@code null} for a batch-size-1 run. */
    public BatchTimeline batches() {
        return batches;
    }

    public Timeline timeline() {
        return timeline;
    }

    public RunResult result() {
        return result;
    }

    /** The saved states of this recording, shared by every model that shows it. */
    synchronized Checkpoints checkpoints() {
        if (checkpoints == null) {
            checkpoints = new Checkpoints(this);
        }
        return checkpoints;
    }

    /** The time the last job finishes. */
    public double end() {
        return timeline.end();
    }

    /** Whether event {@code e} belongs to the state at the stop (or time) {@code t}. */
    static boolean belongsTo(SimEvent e, double t) {
        if (e instanceof JobDispatched) {
            return e.time() < t;
        }
        return e.time() <= t;
    }

    /** Whether iteration k belongs to the state at time {@code t}. */
    boolean iterationBelongsTo(int k, double t) {
        return batches.iterStart(k) < t;
    }

    /** Whether the event's time is a real point in the stream's time order (arrivals are stamped early). */
    static boolean ordered(SimEvent e) {
        return !(e instanceof JobArrived);
    }

    /** The first iteration boundary after {@code t}, or {@code NaN} when the run has ended by then. */
    public double nextStop(double t) {
        if (batches != null) {
            int k = batches.firstIterationEndingAfter(t);
            return k >= batches.iterations() ? Double.NaN : batches.iterEnd(k);
        }
        int s = schedule.firstSliceEndingAfter(t);
        if (s >= schedule.slices()) {
            return Double.NaN;
        }
        int first = schedule.sliceFirstToken(s);
        int last = first + schedule.sliceIterations(s) - 1;
        for (int k = first; k <= last; k++) {
            double end = schedule.iterationEnd(s, k);
            if (end > t) {
                return end;
            }
        }
        return schedule.sliceEnd(s);
    }

    /** The last iteration boundary before {@code t}, or 0 (the start) when there is none. */
    public double previousStop(double t) {
        if (batches != null) {
            int k = batches.firstIterationEndingAfter(t);
            while (k > 0 && !(batches.iterEnd(k - 1) < t)) {
                k--;
            }
            return k == 0 ? 0 : batches.iterEnd(k - 1);
        }
        int s = lastSliceStartingBefore(t);
        while (s >= 0) {
            int first = schedule.sliceFirstToken(s);
            int last = first + schedule.sliceIterations(s) - 1;
            for (int k = last; k >= first; k--) {
                double end = schedule.iterationEnd(s, k);
                if (end < t) {
                    return end;
                }
            }
            s--;
        }
        return 0;
    }

    private int lastSliceStartingBefore(double t) {
        int lo = 0;
        int hi = schedule.slices();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (schedule.sliceStart(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
