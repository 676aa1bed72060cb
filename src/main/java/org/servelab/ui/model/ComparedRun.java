package org.servelab.ui.model;

import org.servelab.policy.Accounting;

/**
 * One column of the comparison: what it runs, the colour it keeps in every view (0..3, kept when other
 * columns come and go), and the run it makes on the shared trace, shown once it is simulated.
 */
public final class ComparedRun {

    private final ColumnChoice choice;
    private final RunSetup setup;
    private final int colour;
    private final RunModel run = new RunModel(false);
    private boolean ready;
    private String error;

    ComparedRun(ColumnChoice choice, RunSetup base, int colour) {
        this.choice = choice;
        this.setup = choice.on(base);
        this.colour = colour;
    }

    void show(RunRecording r) {
        run.load(r);
        ready = true;
    }

    void fail(String message) {
        error = message;
    }

    public ColumnChoice choice() {
        return choice;
    }

    public RunSetup setup() {
        return setup;
    }

    public String policy() {
        return choice.policy();
    }

    public Accounting accounting() {
        return choice.accounting();
    }

    /** The colour slot of the run, 0..3, the same in the column, the histogram and the bars. */
    public int colour() {
        return colour;
    }

    public RunModel run() {
        return run;
    }

    /** Whether the run has been simulated and is shown. */
    public boolean ready() {
        return ready;
    }

    /** Why the run cannot be shown, or {@code null}. */
    public String error() {
        return error;
    }

    double end() {
        return ready ? run.getRecording().end() : 0;
    }
}
