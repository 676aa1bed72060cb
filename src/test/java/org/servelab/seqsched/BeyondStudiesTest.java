package org.servelab.seqsched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.servelab.cost.AffineCost;

/** The studies beyond the paper, on 256 Alpaca queries with the table's fitted cost model. */
class BeyondStudiesTest {

    private static final QuerySet QUERIES = AlpacaLengths.builtIn(60).sample(256, 6);
    private static final AffineCost COST = new AffineCost("fitted", 0, 13.5, 0.976, 0, 0);

    @Test
    void nearSaturationRankingByPredictedLengthShortensTheMeanJct() {
        List<OnlinePoint> points = new OnlineStudy(QUERIES, COST, 16, 512, 6)
                .run(OnlineStudy.policies(Predictor.noisy(0.4)), new double[] {0.5, 3.5}, 1);
        assertThat(points).hasSize(10);
        OnlinePoint calmFcfs = points.get(0);
        OnlinePoint calmSjf = points.get(1);
        assertThat(calmSjf.meanJct()).as("no queue, nothing to reorder").isEqualTo(calmFcfs.meanJct());
        OnlinePoint busyFcfs = points.get(5);
        OnlinePoint busySjf = points.get(6);
        assertThat(busySjf.policy().label()).isEqualTo("sjf (noisy:0.4)");
        assertThat(busySjf.mean(busySjf.meanJct())).isLessThan(busyFcfs.mean(busyFcfs.meanJct()));
    }

    @Test
    void continuousBatchingServesTheQueriesFasterThanStaticBatches() {
        List<CapacityPoint> points = new CapacityStudy(QUERIES, COST, BatchSettings.paper(6), Predictor.noisy(0.4))
                .run(new int[] {16});
        assertThat(points).extracting(CapacityPoint::series).containsExactly(CapacityStudy.VANILLA,
                CapacityStudy.SEQ_FCR, CapacityStudy.SEQ_VBS_FCR, CapacityStudy.CONTINUOUS_FCFS,
                CapacityStudy.CONTINUOUS_SJF);
        double vanilla = points.get(0).throughput();
        double seq = points.get(2).throughput();
        double continuous = points.get(3).throughput();
        assertThat(seq).isGreaterThan(vanilla);
        assertThat(continuous).isGreaterThan(seq);
        assertThat(points.get(4).throughput()).as("the same batches, plus the prediction batches")
                .isLessThan(continuous);
    }
}
