package org.servelab.workload.io;

/** Asked before a reader holds another job: throws to stop reading when a trace would have too many. */
@FunctionalInterface
interface JobLimit {

    JobLimit NONE = (line, offset, jobs) -> {
    };

    /**
     * Called as the job that starts on {@code line}, after {@code offset} characters of the text, begins,
     * with {@code jobs} jobs held already.
     *
     * @throws TraceReader.TooManyJobs to refuse it
     */
    void beforeJob(int line, long offset, int jobs);
}
