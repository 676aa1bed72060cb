package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.List;

import org.servelab.cost.BatchCostModel;
import org.servelab.metrics.RunResult;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.arrival.ArrivalProcesses;

/**
 * Beyond the paper, online: the queries arrive as a Poisson stream and are served by continuous batching
 * (chunked prefill, at most {@code maxBatch} sequences an iteration); fcfs against sjf and srpt ranked by the
 * predictor's lengths and by the true ones, at each arrival rate, every policy on the same arrivals.
 */
public final class OnlineStudy {

    private final QuerySet queries;
    private final BatchCostModel cost;
    private final int maxBatch;
    private final int maxLength;
    private final long seed;

    public OnlineStudy(QuerySet queries, BatchCostModel cost, int maxBatch, int maxLength, long seed) {
        this.queries = queries;
        this.cost = cost;
        this.maxBatch = maxBatch;
        this.maxLength = maxLength;
        this.seed = seed;
    }

    /** The policies compared: fcfs, then sjf and srpt with the predictor, then both as oracles. */
    public static List<ServingPolicy> policies(Predictor predictor) {
        return List.of(ServingPolicy.fcfs(), new ServingPolicy("sjf", predictor), new ServingPolicy("srpt", predictor),
                new ServingPolicy("sjf", null), new ServingPolicy("srpt", null));
    }

    /**
     * @param qps   arrival rates, queries per second
     * @param seeds arrival seeds per rate: {@code seed}, {@code seed + 1}, ...
     */
    public List<OnlinePoint> run(List<ServingPolicy> policies, double[] qps, int seeds) {
        List<OnlinePoint> out = new ArrayList<>();
        for (double rate : qps) {
            List<List<Double>> means = new ArrayList<>();
            List<List<Double>> p99s = new ArrayList<>();
            for (int k = 0; k < policies.size(); k++) {
                means.add(new ArrayList<>());
                p99s.add(new ArrayList<>());
            }
            for (int s = 0; s < seeds; s++) {
                double[] arrivals = ArrivalProcesses.parse("poisson", rate, seed + s).times(queries.size(), TimeUnit.MS);
                TimedTrace trace = EngineRuns.trace(queries, arrivals, cost);
                for (int k = 0; k < policies.size(); k++) {
                    RunResult r = EngineRuns.run(trace, queries, policies.get(k), cost, maxBatch, maxLength, seed);
                    means.get(k).add(r.summary().averageJct() / 1000);
                    p99s.get(k).add(r.summary().p99Jct() / 1000);
                }
            }
            for (int k = 0; k < policies.size(); k++) {
                out.add(new OnlinePoint(policies.get(k), rate, means.get(k), p99s.get(k)));
            }
        }
        return out;
    }
}
