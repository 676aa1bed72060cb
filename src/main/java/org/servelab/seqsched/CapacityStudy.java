package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.List;

import org.servelab.cost.BatchCostModel;
import org.servelab.metrics.RunResult;
import org.servelab.workload.TimedTrace;

/**
 * Beyond the paper, offline: the same queries all at t = 0, served by static batches (vanilla and sequence
 * scheduling) and by continuous batching (fcfs, and sjf ranked by the predictor, which pays for its prediction
 * batches as sequence scheduling does), at several batch sizes: how much of sequence scheduling's gain remains
 * once batches are refilled every iteration.
 */
public final class CapacityStudy {

    public static final String VANILLA = "static: vanilla";
    public static final String SEQ_FCR = "static: predicted + FCR";
    public static final String SEQ_VBS_FCR = "static: predicted + VBS + FCR";
    public static final String CONTINUOUS_FCFS = "continuous: fcfs";
    public static final String CONTINUOUS_SJF = "continuous: sjf (predicted)";

    private final QuerySet queries;
    private final BatchCostModel cost;
    private final BatchSettings settings;
    private final Predictor predictor;

    /** @param settings group size, max length and seed; its batch size is replaced by each one studied */
    public CapacityStudy(QuerySet queries, BatchCostModel cost, BatchSettings settings, Predictor predictor) {
        this.queries = queries;
        this.cost = cost;
        this.settings = settings;
        this.predictor = predictor;
    }

    public List<CapacityPoint> run(int[] batchSizes) {
        List<CapacityPoint> out = new ArrayList<>();
        StaticBatchPricer pricer = new StaticBatchPricer(cost);
        TimedTrace trace = EngineRuns.trace(queries, null, cost);
        for (int b : batchSizes) {
            BatchSettings s = settings.withBatchSize(b);
            out.add(new CapacityPoint(VANILLA, b, OfflineRun.run(queries, TableStudy.VANILLA, s, pricer).throughput()));
            out.add(new CapacityPoint(SEQ_FCR, b,
                    OfflineRun.run(queries, new Strategy(predictor, false, true), s, pricer).throughput()));
            OfflineResult vbs = OfflineRun.run(queries, new Strategy(predictor, true, true), s, pricer);
            out.add(new CapacityPoint(SEQ_VBS_FCR, b, vbs.throughput()));
            out.add(new CapacityPoint(CONTINUOUS_FCFS, b, throughput(EngineRuns.run(trace, queries,
                    ServingPolicy.fcfs(), cost, b, s.maxLength(), s.seed()), 0)));
            boolean paid = s.predictionCost().applies(predictor);
            out.add(new CapacityPoint(CONTINUOUS_SJF, b, throughput(EngineRuns.run(trace, queries,
                    new ServingPolicy("sjf", predictor), cost, b, s.maxLength(), s.seed()),
                    paid ? vbs.predictionSeconds() : 0)));
        }
        return out;
    }

    private double throughput(RunResult r, double extraSeconds) {
        return queries.size() / (r.summary().makespan() / 1000 + extraSeconds);
    }
}
