package org.servelab.policy;

/**
 * What a policy may read about the jobs of a run. Jobs are numbered by trace order; the engine owns
 * the progress, the policy owns its queues.
 */
public interface JobView {

    int size();

    double arrival(int job);

    double prefillTime(int job);

    double decodeTime(int job);

    int outputTokens(int job);

    /** Tokens made so far (0 before the prefill). */
    int tokensDone(int job);

    /** Remaining service time: the prefill if not yet done plus the remaining decodes. */
    default double remainingService(int job) {
        int done = tokensDone(job);
        int left = outputTokens(job) - done;
        return Iterations.elapsed(prefillTime(job), decodeTime(job), done, left);
    }
}
