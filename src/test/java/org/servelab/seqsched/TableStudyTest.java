package org.servelab.seqsched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paper's table on the default sample (1024 Alpaca queries, seed 6). */
class TableStudyTest {

    private static TableReport report;

    @BeforeAll
    static void reproduce() {
        report = new TableStudy(AlpacaLengths.builtIn(60), 1024, BatchSettings.paper(6))
                .run(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, 5);
    }

    private static void withinTwoPercent(double ours, double paper, String what) {
        assertThat(ours).as(what + " (paper " + paper + ")").isCloseTo(paper, within(0.02 * paper));
    }

    @Test
    void vanillaAndMax4RowsAreWithinTwoPercentOfThePaper() {
        withinTwoPercent(report.vanilla().averageLength(), 370.84, "vanilla average length");
        withinTwoPercent(report.vanilla().effectiveTokenRatio(), 0.3391, "vanilla effective tokens");
        withinTwoPercent(report.max4().averageLength(), 196.34, "max4 average length");
        withinTwoPercent(report.max4().effectiveTokenRatio(), 0.6157, "max4 effective tokens");
    }

    @Test
    void theFittedModelGivesTheTwoFittedRowsTheirThroughputs() {
        assertThat(report.vanilla().throughput()).isCloseTo(1.39, within(1e-9));
        assertThat(report.max4().throughput()).isCloseTo(2.69, within(1e-9));
        assertThat(report.cost().c0()).isPositive();
        assertThat(report.cost().perToken()).isPositive();
        assertThat(report.cost().floor()).isZero();
        assertThat(report.cost().perContext()).isZero();
    }

    @Test
    void thePredictedRowsAreThoseOfThePaperLikePredictor() {
        assertThat(report.paperLike()).isEqualTo(0.4);
        SigmaPoint p = report.sigmas().get(2);
        assertThat(report.rows().get(1).result()).isSameAs(p.vbsFcr());
        assertThat(report.rows().get(2).result()).isSameAs(p.plain());
        assertThat(p.vbsFcr().predictionSeconds()).as("the served model predicts").isPositive();
        assertThat(report.vanilla().predictionSeconds()).isZero();
    }

    @Test
    void aWorsePredictorFailsMoreAndLengthensTheBatches() {
        SigmaPoint best = report.sigmas().get(0);
        SigmaPoint worst = report.sigmas().get(5);
        assertThat(best.vbsFcr().failureRatio()).isZero();
        assertThat(worst.vbsFcr().failureRatio()).isGreaterThan(0.1);
        assertThat(worst.plain().averageLength()).isGreaterThan(best.plain().averageLength());
        assertThat(worst.vbsFcr().throughput()).isLessThan(best.vbsFcr().throughput());
    }
}
