package org.servelab.engine;

import org.servelab.metrics.RunResult;

/**
 * The steps of one run, the same for every engine: at each iteration boundary, {@link #beforeAdmission}
 * (timeouts), {@link #admit} for every arrival up to now, {@link #next} (the policy's decision, priced),
 * then {@link #execute} (pacing and iteration events; it may run on another thread) and {@link #complete}
 * (booking). {@link SimulationCore} implements it for batches and, through {@link SoloBatching}, batch size 1.
 *
 * @param <W> a decision ready to run
 */
interface RunCore<W> {

    double now();

    boolean done();

    /** Moves the clock forward to an arrival when nothing can run. */
    void advanceTo(double t);

    /** Work due at a boundary before arrivals are admitted (dropping timed-out jobs). */
    void beforeAdmission();

    void admit(int job);

    /** The next work to run given the next arrival not yet admitted (+inf if none), or null when idle. */
    W next(double nextArrival);

    /** Paces the work and emits its iteration events; touches nothing but the sink. */
    void execute(W work, Pacer pacer) throws InterruptedException;

    /** Books the work: advances the clock, records tokens, tells the policy. */
    void complete(W work);

    RunResult result();
}
