package org.servelab.seqsched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.servelab.cost.AffineCost;
import org.servelab.cost.BatchShape;
import org.servelab.cost.SoloCost;
import org.servelab.engine.BatchSetup;
import org.servelab.engine.DiscreteEventEngine;
import org.servelab.metrics.RunResult;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * The vanilla strategy is plain static batching: on queries with equal prompts its total time equals the makespan
 * of the batching engine's {@code static} policy with the same batch size, output cap and cost model, batch by
 * batch, so the offline runs price iterations with the engine's formula rather than a second one.
 */
class StaticEngineAgreementTest {

    private static final AffineCost COST = new AffineCost("affine:c0=13.5,per-token=0.976", 0, 13.5, 0.976, 0, 0);

    @Test
    void vanillaTakesAsLongAsTheEnginesStaticBatches() {
        QuerySet queries = AlpacaLengths.builtIn(60).sample(256, 3);
        BatchSettings s = new BatchSettings(256, 16, 512, BatchSettings.PredictionCost.NEVER, 3);
        OfflineResult offline = OfflineRun.run(queries, Strategy.parse("vanilla"), s, COST);

        List<Job> jobs = new ArrayList<>();
        for (Query q : queries.queries()) {
            jobs.add(Job.of(q.id(), 0, q.prompt(), q.length()));
        }
        TimedTrace trace = TimedTrace.resolve(new Trace("alpaca", TimeUnit.MS, jobs, false), new SoloCost(COST), null);
        BatchOptions options = BatchOptions.defaults().withMaxBatch(16).withMaxBatchTokens(16 * 60)
                .withLimits(512, -1, Double.POSITIVE_INFINITY);
        RunResult engine = new DiscreteEventEngine().run(trace, new BatchSetup(
                BatchPolicies.create("static", MlfqParameters.defaults(), BatchingMode.CHUNKED), options, COST));

        assertThat(offline.totalSeconds() * 1000).isCloseTo(engine.summary().makespan(), within(1e-3));
        assertThat(engine.serving().iterations()).isEqualTo(offline.batches().stream()
                .mapToLong(OfflineBatch::length).sum());
    }

    @Test
    void thePaddedShapeAgreesWithTheDefaultSumsOfBatchShape() {
        PaddedShape shape = new PaddedShape();
        for (int k : new int[] {1, 2, 7}) {
            shape.at(5, 12, k);
            BatchShape plain = new BatchShape() {
                public int size() {
                    return shape.size();
                }

                public int tokens(int i) {
                    return shape.tokens(i);
                }

                public boolean decode(int i) {
                    return shape.decode(i);
                }

                public int contextBefore(int i) {
                    return shape.contextBefore(i);
                }

                public int promptTokens(int i) {
                    return shape.promptTokens(i);
                }

                public double prefillTime(int i) {
                    return 0;
                }

                public double decodeTime(int i) {
                    return 0;
                }
            };
            assertThat(shape.tokenTotal()).isEqualTo(plain.tokenTotal());
            assertThat(shape.decodeContextTotal()).isEqualTo(plain.decodeContextTotal());
        }
        assertThat(shape.at(5, 12, 7).contextAfter(0)).as("prompt + 6 tokens after making token 7").isEqualTo(18);
    }
}
