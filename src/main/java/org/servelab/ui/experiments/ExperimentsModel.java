package org.servelab.ui.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.servelab.experiment.SweepResult;
import org.servelab.experiment.SweepRow;
import org.servelab.experiment.SweepSpec;
import org.servelab.ui.model.FrameClock;
import org.servelab.workload.InputException;

/**
 * The Experiments tab's state, owned by the application so that a sweep keeps running while the window is
 * rebuilt in another language. It publishes progress; a {@link SweepLauncher} runs the sweeps and
 * {@link SweepExports} writes them. {@link #run()} starts the form's sweep off the FX thread and returns at
 * once; finished rows reach {@link #rows()} and the progress properties once per frame, in one batch.
 * {@link #cancel()} lets the runs in progress finish and starts no new one; what finished is kept. Every
 * property changes on the thread of the frame clock (the FX thread in the window).
 */
public final class ExperimentsModel {

    private static final double NANOS = 1e9;
    private static final Comparator<SweepRow> BY_INDEX = Comparator.comparingInt(SweepRow::index);

    private final FrameClock clock;
    private final SweepLauncher launcher;
    private final SweepForm form = new SweepForm();
    private final ObservableList<SweepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SweepRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<SweepState> state = new ReadOnlyObjectWrapper<>(this, "state", SweepState.IDLE);
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper overloaded = new ReadOnlyIntegerWrapper(this, "overloaded");
    private final ReadOnlyDoubleWrapper elapsed = new ReadOnlyDoubleWrapper(this, "elapsed");
    private final ReadOnlyDoubleWrapper remaining = new ReadOnlyDoubleWrapper(this, "remaining", Double.NaN);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<SweepSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private volatile List<SweepRow> finished = List.of();
    private SweepFeed feed;
    private long startNanos;

    /** A model whose sweeps use every core. */
    public ExperimentsModel(FrameClock clock) {
        this(clock, Runtime.getRuntime().availableProcessors());
    }

    public ExperimentsModel(FrameClock clock, int threads) {
        this.launcher = new SweepLauncher(threads);
        this.clock = clock;
    }

    /**
     * Starts the form's sweep unless one is running. A spec that is not valid starts nothing and puts the
     * command line's message in {@link #errorProperty()}.
     *
     * @return whether a sweep started
     */
    public boolean run() {
        if (state.get().busy()) {
            return false;
        }
        SweepSpec s;
        try {
            s = form.spec();
        } catch (InputException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        rows.clear();
        finished = List.of();
        result.set(null);
        spec.set(s);
        done.set(0);
        overloaded.set(0);
        total.set((int) s.runs());
        elapsed.set(0);
        remaining.set(Double.NaN);
        state.set(SweepState.RUNNING);
        startNanos = System.nanoTime();
        feed = launcher.start(s);
        clock.start(this::onFrame);
        return true;
    }

    /** Asks the running sweep to stop: runs in progress finish, no new one starts. */
    public void cancel() {
        if (state.get() == SweepState.RUNNING) {
            feed.cancel().cancel();
            state.set(SweepState.CANCELLING);
        }
    }

    private void onFrame(long now) {
        SweepFeed f = feed;
        if (f == null) {
            return;
        }
        boolean ended = f.ended();
        List<SweepRow> batch = f.drain();
        elapsed.set((System.nanoTime() - startNanos) / NANOS);
        if (ended) {
            end(f, batch);
            return;
        }
        if (!batch.isEmpty()) {
            batch.sort(BY_INDEX);
            rows.addAll(batch);
            done.set(rows.size());
            overloaded.set(overloaded.get() + overloaded(batch));
        }
        remaining.set(done.get() == 0 ? Double.NaN : elapsed.get() / done.get() * (total.get() - done.get()));
    }

    /** The last frame of a sweep: every row in grid order, in one change. */
    private void end(SweepFeed f, List<SweepRow> batch) {
        clock.stop();
        feed = null;
        SweepResult r = f.result();
        List<SweepRow> all = new ArrayList<>();
        if (r != null) {
            all.addAll(r.rows());
        } else {
            all.addAll(rows);
            all.addAll(batch);
            all.sort(BY_INDEX);
            error.set(message(f.failure()));
        }
        rows.setAll(all);
        finished = List.copyOf(all);
        done.set(all.size());
        overloaded.set(overloaded(all));
        remaining.set(0);
        result.set(r);
        state.set(r == null ? SweepState.FAILED : r.complete() ? SweepState.FINISHED : SweepState.CANCELLED);
    }

    private static int overloaded(List<SweepRow> list) {
        int n = 0;
        for (SweepRow row : list) {
            n += row.overloaded() ? 1 : 0;
        }
        return n;
    }

    private static String message(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** Stops a running sweep (its runs in progress finish on their own) and the frame clock. */
    public void dispose() {
        if (feed != null) {
            feed.cancel().cancel();
        }
        launcher.close();
        clock.stop();
    }

    /** Writes the rows of the last sweep that ended as {@link SweepExports#csv} does. Safe from any thread. */
    public void exportCsv(Path file) throws IOException {
        SweepExports.csv(finished, file);
    }

    /** Draws the figures of the last sweep that ended as {@link SweepExports#plots} does. */
    public List<Path> exportPlots(Path dir) throws IOException {
        return SweepExports.plots(finished, dir);
    }

    /** The rows the exports write: those of the last sweep that ended, sorted by grid index. */
    public List<SweepRow> finishedRows() {
        return finished;
    }

    public SweepForm form() {
        return form;
    }

    /** The finished runs of the current (or last) sweep; sorted by grid index once it has ended. */
    public ObservableList<SweepRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyObjectProperty<SweepState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Runs finished so far. */
    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Runs the sweep has. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Finished runs whose load is 1 or more. */
    public ReadOnlyIntegerProperty overloadedProperty() {
        return overloaded.getReadOnlyProperty();
    }

    /** Wall seconds since the sweep started. */
    public ReadOnlyDoubleProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /** Estimated wall seconds left ({@code NaN} before the first run finishes). */
    public ReadOnlyDoubleProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** Why the last sweep did not start or failed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The spec of the current (or last) sweep. */
    public ReadOnlyObjectProperty<SweepSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** The result of the last sweep that ended normally or by cancel; {@code null} while running. */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
