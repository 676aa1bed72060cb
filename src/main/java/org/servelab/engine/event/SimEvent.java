package org.servelab.engine.event;

/**
 * Something that happened in a run, stamped with its simulated time. Jobs are named by their index in
 * trace order; levels are 0-based (level 0 is Q1).
 *
 * <p>Order. Engines emit events in one documented order, the same for every engine and speed. At an
 * iteration boundary {@code t}: the tokens made by the finishing iteration, then {@link JobFinished} or
 * {@link JobDemoted} for the job that ran; then, for every job with arrival {@code <= t} not yet admitted
 * (in arrival order, ties in trace order), {@link JobArrived} (stamped with the arrival time) followed by
 * {@link JobJoinedQueue}; then {@link JobPromoted} for starving jobs; then {@link JobDispatched} and the
 * iterations of the job chosen. So the stream is ordered by decision, and {@link JobArrived} is the one
 * event whose time may be earlier than the event before it.
 */
public sealed interface SimEvent
        permits JobArrived, JobJoinedQueue, JobDispatched, IterationStarted, TokenGenerated, JobDemoted,
        JobPromoted, JobFinished, RunFinished, BatchStarted, JobPreempted, JobSwappedIn, JobDropped, JobTruncated {

    double time();

    /** The job concerned, or -1 for run-wide events. */
    int job();
}
