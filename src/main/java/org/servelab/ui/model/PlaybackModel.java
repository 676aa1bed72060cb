package org.servelab.ui.model;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import org.servelab.engine.RealTimePacer;
import org.servelab.engine.ThreadedEngine;
import org.servelab.engine.ThreadedRun;
import org.servelab.engine.event.SimEvent;
import org.servelab.workload.TimedTrace;

/**
 * Moves the displayed time of the main run. Playing runs the threaded engine (producer, scheduler and
 * inference threads) in real time scaled by {@link #speedProperty() speed}; its events reach the
 * {@link RunModel} through an {@link EventBatcher} drained once per frame. Stepping, stepping back,
 * resetting and scrubbing stop the threads and rebuild the state from the discrete-event recording,
 * which is re-simulated whenever the trace or a parameter changes, keeping the simulated time. A run of
 * {@value #BACKGROUND_EVENTS} events or more is re-simulated on a background thread, so the window stays
 * responsive: the run shown stays (and plays on) until the new one is ready, and is then swapped in at a
 * frame; a newer change supersedes a re-simulation still under way (it is interrupted and its result
 * dropped). Playing on from far into a long run (more than {@value #CATCH_UP_LIMIT} events shown) replays the recording
 * frame by frame instead: new threads would first have to run every event already shown.
 */
public final class PlaybackModel {

    /** Default playback length of a whole run, in wall seconds. */
    private static final double DEFAULT_SECONDS = 20;

    private final RunModel run = new RunModel();
    private final ParametersModel parameters = new ParametersModel();
    private final ArrivalsModel arrivals = new ArrivalsModel();
    private TimedTrace loaded;
    private final ReadOnlyObjectWrapper<TimedTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper end = new ReadOnlyDoubleWrapper(this, "end");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    /** Simulated time units per wall second. */
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private ThreadedRun threaded;
    private EventBatcher batcher;
    private OffsetPacer pacer;
    private long frames;
    private boolean replaying;
    private long lastFrame = -1;
    /**
     * Playing from further than this many events into a run replays the recording instead of starting the
     * threads, which would run every event shown so far before the picture moves again.
     */
    static final int CATCH_UP_LIMIT = 50_000;
    /** Runs of this many events or more (a few ten milliseconds to simulate) are re-simulated in the background. */
    public static final int BACKGROUND_EVENTS = 20_000;

    private final ExecutorService worker;
    private final BackgroundWork background = new BackgroundWork();
    private Function<RunSetup, RunRecording> simulator = RunRecording::simulate;
    private int backgroundFrom = BACKGROUND_EVENTS;
    private Pending pending;
    private final ReadOnlyBooleanWrapper resimulating = new ReadOnlyBooleanWrapper(this, "resimulating");

    /**
     * A re-simulation under way: its result, and whether the new run opens at its start with the
     * default speed (the arrivals changed) or at the time shown (a parameter changed); {@code before} is the
     * trace to go back to when it cannot run.
     */
    private record Pending(CompletableFuture<RunRecording> result, Future<?> task,
                           boolean fromOpening, TimedTrace before) {
    }

    public PlaybackModel(FrameClock clock, TimedTrace initial) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "servelab-resimulate");
            t.setDaemon(true);
            return t;
        });
        run.setBackgroundWork(background);
        playing.addListener((o, was, now) -> {
            if (now) {
                background.hold(this);
            } else {
                background.release(this);
            }
        });
        loadTrace(initial);
        parameters.addListener(o -> resimulate());
        arrivals.addListener(o -> retime());
        speed.addListener((o, a, b) -> {
            if (pacer != null && b.doubleValue() > 0) {
                pacer.setSpeed(pacerSpeed());
            }
        });
        clock.start(this::onFrame);
    }

    /**
     * Shows a new trace at its opening, paused, with the default speed (a whole run in about 20 s). When the
     * current parameters cannot run it (a job too large for the KV memory, say), the error says why and the
     * trace runs with the paper's settings.
     */
    public void loadTrace(TimedTrace opened) {
        cancelPending();
        stopEngine();
        TimedTrace before = trace.get();
        TimedTrace loadedBefore = loaded;
        TimedTrace t;
        try {
            t = arrivals.apply(opened);
        } catch (IllegalArgumentException | org.servelab.workload.InputException e) {
            arrivals.reset();
            t = opened;
        }
        loaded = opened;
        trace.set(t);
        RunRecording r;
        try {
            r = RunRecording.simulate(setup());
            error.set(null);
        } catch (IllegalArgumentException | org.servelab.workload.InputException e) {
            if (before == null) {
                parameters.resetToPaper();
                r = RunRecording.simulate(setup());
            } else {
                trace.set(before);
                loaded = loadedBefore;
                throw e;
            }
        }
        speed.set(defaultSpeed(r.end()));
        run.load(r);
        end.set(r.end());
    }

    /** The default speed: the whole run in about 20 seconds. */
    public void resetSpeed() {
        speed.set(defaultSpeed(end.get()));
    }

    private static double defaultSpeed(double end) {
        return end > 0 ? end / DEFAULT_SECONDS : 1;
    }

    /** What went wrong, without the file and field prefix of an input error. */
    static String problem(RuntimeException e) {
        if (e instanceof org.servelab.workload.InputException) {
            return ((org.servelab.workload.InputException) e).problem();
        }
        return e.getMessage();
    }

    /** The arrivals changed: the trace is re-timed and re-simulated, from its opening. */
    private void retime() {
        if (loaded == null) {
            return;
        }
        stopEngine();
        TimedTrace t;
        try {
            t = arrivals.apply(loaded);
        } catch (IllegalArgumentException | org.servelab.workload.InputException e) {
            error.set(problem(e));
            return;
        }
        TimedTrace before = pending != null ? pending.before() : trace.get();
        trace.set(t);
        simulate(true, before);
    }

    /** Every knob back to the paper's Figure 6 settings and the arrivals as loaded; one re-simulation. */
    public void paperSettings() {
        parameters.update(() -> {
            parameters.resetToPaper();
            if (!ArrivalsModel.LOADED.equals(arrivals.kindProperty().get())) {
                arrivals.reset();
            }
        });
    }

    public ArrivalsModel arrivals() {
        return arrivals;
    }

    /** The trace as opened, before any change of its arrivals. */
    public TimedTrace loadedTrace() {
        return loaded;
    }

    public RunSetup setup() {
        return new RunSetup(trace.get(), parameters.policyProperty().get(), parameters.toParameters(),
                parameters.toBatchConfig());
    }

    /**
     * Re-simulates with the current parameters and shows the new run at the same simulated time: at once
     * for a short run, else on the background thread (see the class comment).
     */
    public void resimulate() {
        simulate(false, pending != null ? pending.before() : trace.get());
    }

    private void simulate(boolean fromOpening, TimedTrace before) {
        boolean opening = fromOpening || pending != null && pending.fromOpening();
        cancelPending();
        RunSetup s = setup();
        RunRecording shown = run.getRecording();
        if (shown == null || shown.eventCount() < backgroundFrom) {
            CompletableFuture<RunRecording> result = new CompletableFuture<>();
            try {
                result.complete(simulator.apply(s));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
            swapIn(new Pending(result, null, opening, before));
            return;
        }
        CompletableFuture<RunRecording> result = new CompletableFuture<>();
        Function<RunSetup, RunRecording> sim = simulator;
        double at = opening || run.isOpening() ? 0 : run.getTime();
        Future<?> task = worker.submit(() -> {
            try {
                RunRecording r = sim.apply(s);
                // the new run is shown at the time shown now: with checkpoints up to it that seek is short
                if (at > 0) {
                    r.checkpoints().fillUntil(at);
                }
                result.complete(r);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        pending = new Pending(result, task, opening, before);
        resimulating.set(true);
    }

    /** Drops a re-simulation still under way (it is interrupted; its result, if any, is not shown). */
    private void cancelPending() {
        if (pending != null) {
            if (pending.task() != null) {
                pending.task().cancel(true);
            }
            pending = null;
            resimulating.set(false);
        }
    }

    /** Shows a finished re-simulation (or says why it cannot run), at the time shown or at its opening. */
    private void swapIn(Pending p) {
        pending = null;
        resimulating.set(false);
        RunRecording r;
        try {
            r = p.result().join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof IllegalArgumentException || cause instanceof org.servelab.workload.InputException) {
                if (p.fromOpening()) {
                    trace.set(p.before());
                }
                error.set(problem((RuntimeException) cause));
                return;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
        error.set(null);
        boolean wasPlaying = playing.get();
        stopEngine();
        double t = run.getTime();
        boolean wasOpening = run.isOpening();
        if (p.fromOpening()) {
            speed.set(defaultSpeed(r.end()));
        }
        run.load(r);
        end.set(r.end());
        if (p.fromOpening()) {
            return;
        }
        if (!wasOpening) {
            run.seek(Math.min(t, r.end()));
        }
        if (wasPlaying && !run.isFinished()) {
            startEngine();
        }
    }

    /**
     * The window's background work (checkpoints, the comparison's runs), held while this plays so that it
     * leaves the cores to the picture; a re-simulation after a parameter change is not held, so that the
     * change shows while playing.
     */
    public BackgroundWork background() {
        return background;
    }

    /** Whether a re-simulation is under way in the background (the run shown is the one before the change). */
    public ReadOnlyBooleanProperty resimulatingProperty() {
        return resimulating.getReadOnlyProperty();
    }

    /**
     * Waits for a re-simulation under way and shows its run (start-up options, screenshots, tests); returns at
     * once when there is none.
     */
    public void awaitResimulation() {
        Pending p = pending;
        if (p != null) {
            try {
                p.result().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                // shown by swapIn
            }
            swapIn(p);
        }
    }

    /**
     * Replaces the simulation (tests that need a slow one, measurements); {@code null} puts back the
     * discrete-event engine.
     */
    public void setSimulator(Function<RunSetup, RunRecording> simulator) {
        this.simulator = simulator != null ? simulator : RunRecording::simulate;
    }

    /** Runs with at least this many events re-simulate in the background (default {@value #BACKGROUND_EVENTS}). */
    public void setBackgroundFrom(int events) {
        this.backgroundFrom = Math.max(0, events);
    }

    public void play() {
        if (playing.get()) {
            return;
        }
        if (run.isFinished()) {
            run.seekOpening();
        }
        startEngine();
    }

    public void pause() {
        if (pacer != null) {
            pacer.setPaused(true);
        }
        replaying = false;
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Goes to the next iteration boundary; from the opening, to time 0 with the first arrivals placed in
     * their queues (or on to the first boundary when nothing arrives at 0).
     */
    public void stepForward() {
        if (run.isOpening()) {
            stopEngine();
            int before = run.eventsApplied();
            run.seek(0);
            if (run.eventsApplied() != before) {
                return;
            }
        }
        double next = run.getRecording().nextStop(run.getTime());
        moveTo(Double.isNaN(next) ? end.get() : next);
    }

    /** Goes to the previous iteration boundary, from time 0 to the opening. */
    public void stepBack() {
        if (run.getTime() <= 0 && !run.isOpening()) {
            reset();
            return;
        }
        moveTo(run.getRecording().previousStop(run.getTime()));
    }

    /** Back to the opening: time 0, the first arrivals in the buffer. */
    public void reset() {
        stopEngine();
        run.seekOpening();
    }

    /** Jumps to a simulated time; keeps playing from there if it was playing. */
    public void seek(double t) {
        boolean wasPlaying = playing.get();
        moveTo(t);
        if (wasPlaying && !run.isFinished()) {
            startEngine();
        }
    }

    /** Stops the engine threads and shows time {@code t}, paused. */
    private void moveTo(double t) {
        stopEngine();
        run.seek(Math.max(0, Math.min(t, end.get())));
    }

    private void startEngine() {
        if (pacer != null && threaded != null && !threaded.isDone()) {
            pacer.setPaused(false);
            playing.set(true);
            return;
        }
        stopEngine();
        if (run.eventsApplied() > CATCH_UP_LIMIT) {
            // new threads would first have to run every event shown so far (seconds, with nothing moving)
            replaying = true;
            lastFrame = -1;
            playing.set(true);
            return;
        }
        TimedTrace t = trace.get();
        batcher = new EventBatcher(run.eventsApplied());
        pacer = new OffsetPacer(new RealTimePacer(t.timeUnit().seconds(), pacerSpeed()), run.getTime());
        RunSetup s = setup();
        threaded = s.batching() ? ThreadedEngine.start(t, s.newBatchSetup(), batcher, pacer)
                : ThreadedEngine.start(t, s.newPolicy(), batcher, pacer);
        playing.set(true);
    }

    private double pacerSpeed() {
        return Math.max(1e-12, speed.get() * trace.get().timeUnit().seconds());
    }

    private void stopEngine() {
        replaying = false;
        if (threaded != null) {
            threaded.cancel();
        }
        threaded = null;
        batcher = null;
        pacer = null;
        playing.set(false);
    }

    /** Playing from far into a long run: the recording is replayed up to the time due at each frame. */
    private void replayFrame(long nanos) {
        if (lastFrame < 0) {
            lastFrame = nanos;
            return;
        }
        double t = Math.min(end.get(), run.getTime() + (nanos - lastFrame) / 1e9 * speed.get());
        lastFrame = nanos;
        run.seek(t);
        if (t >= end.get()) {
            replaying = false;
            playing.set(false);
        }
    }

    /** Whether playing replays the recording rather than running the threads (far into a long run). */
    public boolean replaying() {
        return replaying;
    }

    /** Stops the engine threads and the background re-simulation for good (window closing). */
    public void dispose() {
        cancelPending();
        stopEngine();
        worker.shutdownNow();
    }

    private void onFrame(long nanos) {
        frames++;
        if (pending != null && pending.result().isDone()) {
            swapIn(pending);
        }
        if (replaying) {
            replayFrame(nanos);
            return;
        }
        if (batcher == null) {
            return;
        }
        boolean done = threaded.isDone();
        List<SimEvent> events = batcher.drain();
        double t = Math.min(pacer.now(), end.get());
        if (done) {
            t = end.get();
        }
        run.applyBatch(events, t);
        if (done) {
            Throwable failure = threaded.future().handle((r, e) -> e).getNow(null);
            if (failure != null) {
                error.set(String.valueOf(failure.getMessage()));
            }
            stopEngine();
        }
    }

    public RunModel run() {
        return run;
    }

    public ParametersModel parameters() {
        return parameters;
    }

    public ReadOnlyObjectProperty<TimedTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The time the run ends (the scrubber's range). */
    public ReadOnlyDoubleProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    /** The last problem with the parameters or the engine, or {@code null}. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Waits until the engine threads of the current play have finished (tests). */
    void awaitEngine() throws Exception {
        if (threaded != null) {
            threaded.future().get();
        }
    }

    /** Frames seen so far (for measurements). */
    public long frames() {
        return frames;
    }
}
