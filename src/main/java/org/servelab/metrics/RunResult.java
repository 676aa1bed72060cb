package org.servelab.metrics;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one run: a trace, a policy with its parameters.
 *
 * @param trace       the trace's name
 * @param timeUnit    the unit of every time here
 * @param policy      the policy's name
 * @param description the policy with its parameters in words
 * @param parameters  the parameters, as written to results files (insertion ordered)
 * @param jobs        per-job results in trace order
 * @param summary     aggregates
 * @param decisions   scheduling decisions taken (dispatches; iterations on the batching engine)
 * @param serving     what a batching run adds (batch sizes, KV memory, TPOT, drops...), or null at batch size 1
 */
public record RunResult(String trace, String timeUnit, String policy, String description,
                        Map<String, Object> parameters, List<JobResult> jobs, Summary summary, long decisions,
                        ServingStats serving) {

    public RunResult(String trace, String timeUnit, String policy, String description, Map<String, Object> parameters,
                     List<JobResult> jobs, Summary summary, long decisions) {
        this(trace, timeUnit, policy, description, parameters, jobs, summary, decisions, null);
    }

    public RunResult {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        jobs = List.copyOf(jobs);
    }

    public JobResult job(String id) {
        for (JobResult j : jobs) {
            if (j.id().equals(id)) {
                return j;
            }
        }
        throw new IllegalArgumentException("no job " + id);
    }
}
