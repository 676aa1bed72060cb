package org.servelab.policy;

import java.util.Map;

/**
 * Decides which job runs next. A policy is a pure decision maker: it keeps its queues, it is told
 * about arrivals and finished iterations, and it returns decisions. It never sleeps, never emits
 * events and never reads a clock: every method gets the current simulated time.
 *
 * <p>The engine calls, at each iteration boundary: {@link #iterationsDone} for the job that just ran,
 * {@link #admit} for every job that has arrived by now (in arrival order), then {@link #decide}.
 * A policy instance serves one run at a time; {@link #start} resets it.
 */
public interface SchedulingPolicy {

    /** A short name as used on the command line: {@code fcfs}, {@code skip-join-mlfq}, ... */
    String name();

    /** A one-line description of the policy with its parameters. */
    String describe();

    /** Number of queue levels to display (1 for single-queue policies). */
    int levels();

    /** The time quantum of a level, or {@code NaN} when the level has none. */
    double quantum(int level);

    /** Resets the policy for a new run over these jobs. */
    void start(JobView jobs);

    /** A job has arrived; the policy puts it in a queue and reports where. */
    void admit(int job, double now, QueueObserver observer);

    /** Returns what to run now, or {@code null} when no job is waiting. */
    Dispatch decide(double now, QueueObserver observer);

    /**
     * The dispatched job has run {@code iterations} iterations, which took {@code elapsed}, ending at
     * {@code now}. If it has finished it leaves the policy; otherwise the policy may move it.
     */
    void iterationsDone(Dispatch dispatch, int iterations, double elapsed, boolean finished, double now,
                        QueueObserver observer);

    /** The level a waiting job is in, or -1 if the policy does not hold it. */
    int levelOf(int job);

    /** The parameters in effect (after {@link #start}, with defaults resolved), for results files. */
    default Map<String, Object> parameters() {
        return Map.of();
    }
}
