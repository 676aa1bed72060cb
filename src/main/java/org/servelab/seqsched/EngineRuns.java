package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.List;

import org.servelab.cost.BatchCostModel;
import org.servelab.cost.SoloCost;
import org.servelab.engine.BatchSetup;
import org.servelab.engine.DiscreteEventEngine;
import org.servelab.metrics.RunResult;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.PredictedLengths;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** Runs queries on the batching engine (continuous batching), with the lengths a predictor gives them. */
final class EngineRuns {

    private EngineRuns() {
    }

    /** The queries as a trace in milliseconds, arriving at {@code arrivals} (all at 0 when {@code null}). */
    static TimedTrace trace(QuerySet queries, double[] arrivals, BatchCostModel cost) {
        List<Job> jobs = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            jobs.add(Job.of(q.id(), arrivals == null ? 0 : arrivals[i], q.prompt(), q.length()));
        }
        return TimedTrace.resolve(new Trace(queries.name(), TimeUnit.MS, jobs, arrivals != null), new SoloCost(cost),
                null);
    }

    /**
     * One run of the policy on the trace: at most {@code maxBatch} sequences an iteration (chunked prefill),
     * every response cut at {@code maxLength}, unlimited KV memory.
     */
    static RunResult run(TimedTrace trace, QuerySet queries, ServingPolicy p, BatchCostModel cost, int maxBatch,
                         int maxLength, long seed) {
        BatchOptions options = BatchOptions.defaults().withMaxBatch(maxBatch)
                .withLimits(maxLength, -1, Double.POSITIVE_INFINITY);
        PredictedLengths predicted = p.predictor() == null ? null
                : new PredictedLengths(p.predictor().name(), p.predictor().raw(queries, maxLength, seed));
        BatchSetup setup = new BatchSetup(BatchPolicies.create(p.policy(), MlfqParameters.defaults(),
                BatchingMode.CHUNKED), options, cost, predicted);
        return new DiscreteEventEngine().run(trace, setup);
    }
}
