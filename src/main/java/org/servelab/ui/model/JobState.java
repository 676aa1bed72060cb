package org.servelab.ui.model;

/** Where a job is at the displayed time. */
public enum JobState {
    /** Not arrived yet. */
    PENDING,
    /** Arrived, in the scheduler's buffer, not yet in a queue. */
    BUFFER,
    /** Waiting in a queue level. */
    QUEUED,
    /** In the inference slot, or a member of the batch. */
    RUNNING,
    /** Made its last token. */
    DONE,
    /** Dropped without being served (a timeout or a full waiting queue). */
    DROPPED
}
