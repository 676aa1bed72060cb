package org.servelab.ui.model;

import org.servelab.workload.TimedTrace;

/**
 * The whole schedule of a finished run as the Gantt chart and the batch strip read it, for both engines.
 *
 * <p>A <em>run</em> is a job's stretch of consecutive iterations from one queue level: a slice of a
 * batch-size-1 dispatch, or, with batches, the iterations in a row whose batches the job was a member of.
 * A run's iterations are its prefill work first ({@link #runChunks} of them: the prefill, or prefill
 * chunks), then decodes, then padding (a finished member of a static batch, {@link #runPads}). Runs of one
 * job never overlap; runs of different jobs overlap when they share batches.
 *
 * <p>Iterations of the whole run ({@link #iterations}) feed the strip under the Gantt chart: the size of
 * each batch, its tokens and the KV blocks in use.
 */
public interface Timeline {

    /** Iteration kinds, as in {@code BatchStarted}. */
    byte CHUNK = 0;
    byte DECODE = 1;
    byte PADDING = 2;

    TimedTrace trace();

    String policy();

    String description();

    /** Number of queue levels. */
    int levels();

    /** Quantum of a level: a time, or iterations when {@link #quantaInIterations()}; {@code NaN} for single-queue policies. */
    double quantum(int level);

    /** Whether quanta count iterations (token accounting) rather than time. */
    default boolean quantaInIterations() {
        return false;
    }

    /** Whether the run was made by the batching engine. */
    boolean batched();

    /** The batch limit (1 for the batch-size-1 engine). */
    int maxBatch();

    /** KV capacity in blocks, or -1 when unlimited or not modelled. */
    long kvCapacity();

    /** The time the last iteration ends. */
    double end();

    int jobs();

    default double arrival(int job) {
        return trace().arrival(job);
    }

    /** Finish time, {@code NaN} if the job never finished (dropped). */
    double finish(int job);

    /** Time of the first token, {@code NaN} if none. */
    double firstToken(int job);

    default double jct(int job) {
        return org.servelab.workload.TimeGrid.add(finish(job), -arrival(job));
    }

    // ---- runs -------------------------------------------------------------------------------------

    /** Number of runs of a job. */
    int runCount(int job);

    /** The job's k-th run (in time order) as a run index. */
    int run(int job, int k);

    /** Position among the job's runs of the first one ending after {@code t}; {@code runCount} if none. */
    int firstRunEndingAfter(int job, double t);

    int runJob(int run);

    int runLevel(int run);

    double runStart(int run);

    double runEnd(int run);

    int runIterations(int run);

    /** Leading prefill iterations of a run (a prefill, or chunks of one). */
    int runChunks(int run);

    /** Trailing padding iterations of a run (static batching). */
    int runPads(int run);

    /** Start of the run's i-th iteration (0-based). */
    double iterationStart(int run, int i);

    double iterationEnd(int run, int i);

    /** The run's iteration containing {@code t} (clamped to the run). */
    int iterationAt(int run, double t);

    /** The token the run's i-th iteration makes, 0 when it makes none (a chunk that is not the last, padding). */
    int iterationToken(int run, int i);

    /** The tokens the run's i-th iteration processes: a chunk's length, 1 for a decode. */
    int iterationWork(int run, int i);

    /** Members of the batch the run's i-th iteration belongs to. */
    int iterationBatchSize(int run, int i);

    default byte iterationKind(int run, int i) {
        if (i < runChunks(run)) {
            return CHUNK;
        }
        return i >= runIterations(run) - runPads(run) ? PADDING : DECODE;
    }

    /** The run active at {@code t} for the job, or -1. */
    default int runAt(int job, double t) {
        int k = firstRunEndingAfter(job, t);
        if (k >= runCount(job)) {
            return -1;
        }
        int r = run(job, k);
        return runStart(r) <= t ? r : -1;
    }

    // ---- iterations of the whole run (the strip) -------------------------------------------------

    /** Number of iterations (batches) of the run; for the batch-size-1 engine, its dispatches. */
    int iterations();

    double iterStart(int k);

    double iterEnd(int k);

    /** Members of iteration k. */
    int iterSize(int k);

    /** Tokens processed by iteration k (chunks count their length). */
    int iterTokens(int k);

    /** KV blocks in use during iteration k, or -1 when not modelled. */
    long iterKv(int k);

    /** Index of the first iteration ending after {@code t}; {@link #iterations()} if none. */
    default int firstIterationEndingAfter(double t) {
        int lo = 0;
        int hi = iterations();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (iterEnd(mid) <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
