package org.servelab.policy.batch;

import java.util.Map;

import org.servelab.policy.QueueObserver;

/**
 * Decides what each iteration runs when several jobs share it (docs/batching.md). Like a batch-size-1
 * policy it is a pure decision maker: it keeps its queues, is told about arrivals and finished
 * iterations, and builds batches; it never reads a clock or emits events (queue moves go to the
 * {@link QueueObserver}, memory moves through the {@link BatchState} to its observer).
 *
 * <p>At each iteration boundary the engine calls {@link #iterationDone} for the last batch (after booking
 * its work in the state), {@link #remove} for jobs dropped by a timeout, {@link #admit} for each arrival,
 * then {@link #build}.
 */
public interface BatchPolicy {

    String name();

    String describe();

    /** Queue levels to display. */
    int levels();

    /** The quantum of a level, or NaN. */
    double quantum(int level);

    /** Resets the policy for a run over these jobs. */
    void start(BatchState state);

    void admit(int job, double now, QueueObserver observer);

    /** Builds the next batch into {@code batch} (already cleared); leaves it empty when nothing can run. */
    void build(Batch batch, double now, QueueObserver observer);

    /**
     * The batch ran for {@code elapsed}, ending at {@code now}: one iteration, or several identical ones
     * run back to back (see {@link #steadyUntil}); the state has booked its work and finished the jobs
     * that made their last token (see {@link #holdsFinishedMembers}).
     */
    void iterationDone(Batch batch, double elapsed, double now, QueueObserver observer);

    /** The job made its last token and has finished (before {@link #iterationDone} of its batch). */
    default void finished(int job) {
    }

    /** A waiting job was dropped; forget it. */
    void remove(int job);

    /**
     * Whether the policy books the decodes that lead every iteration as a decode cohort
     * ({@link BatchState#joinCohort}) when the engine allows it; the state then tracks cohort members.
     */
    default boolean keepsDecodeCohort() {
        return false;
    }

    /**
     * Whether a job that made its last token stays in the batch until the policy finishes it (static
     * batching returns every response when the batch ends); the policy then lists it in
     * {@link #finishedByPolicy} after the batch's last iteration.
     */
    default boolean holdsFinishedMembers() {
        return false;
    }

    /** Jobs the policy finished in its last {@link #iterationDone} (static batching), else empty. */
    default int[] finishedByPolicy() {
        return new int[0];
    }

    /**
     * How long the batch just built stays the batch the policy builds: it would build it again, unchanged,
     * at every following boundary before the returned time, unless something the engine watches happens
     * first (an arrival, a member's last token, a timeout, or memory running out). The engine then runs
     * those iterations in one step, without events, ending at the first boundary at or after the returned
     * time, and calls {@link #iterationDone} once with their total time. Only decode batches can be steady:
     * a batch that is not returns {@code now} (or less), one that only those events end returns +inf.
     */
    default double steadyUntil(Batch batch, double now) {
        return now;
    }

    /**
     * Whether a job arriving while the steady batch just built repeats could change it. When it could not
     * (no slot it could take, or a waiting job ahead of it that cannot join either), the engine lets the
     * step run past arrivals and admits them at its end, in arrival order, as it would have one boundary
     * at a time.
     */
    default boolean arrivalsCanChange(Batch batch) {
        return true;
    }

    /** The level a job is in, or -1. */
    int levelOf(int job);

    default Map<String, Object> parameters() {
        return Map.of();
    }
}
