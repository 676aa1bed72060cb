package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.servelab.policy.Accounting;

/**
 * Up to four runs of the same trace side by side on one shared clock, each with its own policy and batching
 * knobs. Each column replays its own discrete-event recording; every frame while playing, the shared time
 * advances by the wall time elapsed times {@link #speedProperty() speed} and every column is moved to it, so
 * all columns always show the same simulated instant. Stepping goes to the next (or previous) iteration
 * boundary of any column.
 *
 * <p>Runs are simulated on a background thread and remembered by setup, so opening the comparison never
 * waits for a simulation: a column shows its run as soon as it is ready (checked once per frame).
 */
public final class CompareModel {

    public static final int MAX_COLUMNS = 4;
    private static final List<String> ADD_ORDER = List.of("fcfs", "skip-join-mlfq", "srpt", "mlfq", "sjf", "static");

    private final ObservableList<ComparedRun> columns = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyDoubleWrapper end = new ReadOnlyDoubleWrapper(this, "end");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyLongWrapper readyRevision = new ReadOnlyLongWrapper(this, "readyRevision");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final RecordingCache cache;
    private final BackgroundWork work;
    private final List<CompletableFuture<RunRecording>> pending = new ArrayList<>();
    private final List<ComparedRun> waiting = new ArrayList<>();
    private RunSetup base;
    private long lastFrame = -1;
    private boolean speedSet;

    public CompareModel(FrameClock clock) {
        this(clock, true);
    }

    /** @param background simulate on a background thread (the window) or at once (tests) */
    public CompareModel(FrameClock clock, boolean background) {
        this(clock, background ? new BackgroundWork() : null);
    }

    /**
     * @param work the background work the runs are simulated by (the playback's, so that they pause while the
     *             main run plays), or {@code null} to simulate them at once (tests); this model holds it too
     *             while its columns play
     */
    public CompareModel(FrameClock clock, BackgroundWork work) {
        this.work = work;
        this.cache = new RecordingCache(work);
        if (work != null) {
            playing.addListener((o, was, now) -> {
                if (now) {
                    work.hold(this);
                } else {
                    work.release(this);
                }
            });
        }
        clock.start(this::onFrame);
    }

    /**
     * Shows the comparison for this trace and parameters: FCFS | skip-join MLFQ at first (with the run's
     * batching knobs), then the columns chosen so far; keeps the time when the trace is the same.
     */
    public void open(RunSetup setup) {
        open(setup, null);
    }

    /** As {@link #open(RunSetup)}; {@code known} is a recording already made (the main run's), or {@code null}. */
    public void open(RunSetup setup, RunRecording known) {
        if (known != null) {
            cache.put(known);
        }
        boolean sameTrace = base != null && base.trace() == setup.trace();
        if (setup.equals(base) && !columns.isEmpty()) {
            return;
        }
        List<ColumnChoice> choices = choices(setup);
        List<Integer> colours = new ArrayList<>();
        for (ComparedRun c : columns) {
            colours.add(c.colour());
        }
        if (colours.isEmpty()) {
            colours.add(0);
            colours.add(1);
        }
        base = setup;
        if (!sameTrace) {
            speedSet = false;
            time.set(0);
        }
        List<ComparedRun> fresh = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            fresh.add(start(choices.get(i), colours.get(i)));
        }
        columns.setAll(fresh);
        settle();
    }

    /** What the columns run: the choices so far, or FCFS | skip-join MLFQ with the run's batching knobs. */
    private List<ColumnChoice> choices(RunSetup setup) {
        List<ColumnChoice> choices = new ArrayList<>();
        for (ComparedRun c : columns) {
            choices.add(c.choice());
        }
        if (choices.isEmpty()) {
            choices.add(new ColumnChoice("fcfs", Accounting.TIME, setup.batch()));
            choices.add(new ColumnChoice("skip-join-mlfq", setup.parameters().accounting(), setup.batch()));
        }
        return choices;
    }

    /**
     * Simulates in the background (with their checkpoints) the runs {@link #open} would show for this setup,
     * so that opening it later takes them from the cache; completes when they are all ready.
     */
    public CompletableFuture<Void> prepare(RunSetup setup, RunRecording known) {
        if (known != null) {
            cache.put(known);
        }
        List<CompletableFuture<RunRecording>> all = new ArrayList<>();
        for (ColumnChoice c : choices(setup)) {
            all.add(cache.get(c.on(setup)));
        }
        return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]));
    }

    /** Whether {@link #open} with this setup would show what is shown now. */
    public boolean showing(RunSetup setup) {
        return setup.equals(base) && !columns.isEmpty();
    }

    private ComparedRun start(ColumnChoice choice, int colour) {
        ComparedRun c = new ComparedRun(choice, base, colour);
        CompletableFuture<RunRecording> f = cache.get(c.setup());
        if (f.isDone()) {
            deliver(c, f);
        } else {
            pending.add(f);
            waiting.add(c);
        }
        return c;
    }

    private void deliver(ComparedRun c, CompletableFuture<RunRecording> f) {
        try {
            c.show(f.join());
            c.run().seek(Math.min(time.get(), c.end()));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            c.fail(cause instanceof org.servelab.workload.InputException
                    ? ((org.servelab.workload.InputException) cause).problem() : cause.getMessage());
        }
    }

    /** Takes in the runs finished in the background. */
    private void settle() {
        boolean changed = false;
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i).isDone()) {
                ComparedRun c = waiting.remove(i);
                CompletableFuture<RunRecording> f = pending.remove(i);
                if (columns.contains(c)) {
                    deliver(c, f);
                    changed = true;
                }
            }
        }
        updateEnd();
        if (changed || pending.isEmpty()) {
            readyRevision.set(readyRevision.get() + 1);
        }
        if (!speedSet && end.get() > 0 && pending.isEmpty()) {
            speed.set(end.get() / 20);
            speedSet = true;
        }
    }

    /** Replaces column {@code i} with another choice, at the same time and in the same colour. */
    public void setColumn(int i, ColumnChoice choice) {
        columns.set(i, start(choice, columns.get(i).colour()));
        settle();
    }

    /** Replaces column {@code i}'s policy and accounting, keeping its batching knobs. */
    public void setColumn(int i, String policy, Accounting accounting) {
        setColumn(i, columns.get(i).choice().withPolicy(policy).withAccounting(accounting));
    }

    /** Adds a column running a policy none of the columns runs yet, in a colour no column has. */
    public void addColumn() {
        if (columns.size() >= MAX_COLUMNS) {
            return;
        }
        String policy = ADD_ORDER.get(0);
        for (String p : ADD_ORDER) {
            if (columns.stream().noneMatch(c -> c.policy().equals(p))) {
                policy = p;
                break;
            }
        }
        ColumnChoice last = columns.isEmpty() ? new ColumnChoice(policy, Accounting.TIME, base.batch())
                : columns.get(columns.size() - 1).choice();
        addColumn(last.withPolicy(policy));
    }

    public void addColumn(String policy, Accounting accounting) {
        addColumn(new ColumnChoice(policy, accounting, base.batch()));
    }

    public void addColumn(ColumnChoice choice) {
        if (columns.size() < MAX_COLUMNS) {
            columns.add(start(choice, freeColour()));
            settle();
        }
    }

    private int freeColour() {
        for (int k = 0; k < MAX_COLUMNS; k++) {
            final int colour = k;
            if (columns.stream().noneMatch(c -> c.colour() == colour)) {
                return k;
            }
        }
        return 0;
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
            if (!c.ready()) {
                continue;
            }
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
            if (c.ready()) {
                previous = Math.max(previous, c.run().getRecording().previousStop(time.get()));
            }
        }
        seek(previous);
    }

    public void seek(double t) {
        pause();
        moveAll(Math.max(0, Math.min(t, end.get())));
    }

    private void moveAll(double t) {
        for (ComparedRun c : columns) {
            if (c.ready()) {
                c.run().seek(Math.min(t, c.end()));
            }
        }
        time.set(t);
    }

    private void onFrame(long nanos) {
        if (!pending.isEmpty()) {
            settle();
        }
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

    /** Waits for the runs being simulated and shows them (tests, screenshots). */
    public void awaitRuns() {
        Runnable await = () -> {
            for (CompletableFuture<RunRecording> f : new ArrayList<>(pending)) {
                try {
                    f.join();
                } catch (RuntimeException e) {
                    // shown as the column's error
                }
            }
        };
        if (work != null) {
            work.letThrough(await);
        } else {
            await.run();
        }
        settle();
    }

    /** Whether every column's run is shown. */
    public boolean allReady() {
        return pending.isEmpty();
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

    /** Increments whenever runs simulated in the background are taken in. */
    public ReadOnlyLongProperty readyRevisionProperty() {
        return readyRevision.getReadOnlyProperty();
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
