package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.List;

import org.servelab.cost.AffineCost;

/**
 * Reproduces the paper's table on a sample of the Alpaca lengths: fits the affine cost model's two constants on
 * the vanilla and max4 + VBS + FCR rows only (their throughputs), then runs the two predicted rows with
 * {@code noisy:SIGMA} for every asked SIGMA, and reports beside the paper's numbers.
 */
public final class TableStudy {

    /** The paper's settings. */
    public static final Strategy VANILLA = Strategy.parse("vanilla");
    public static final Strategy MAX4 = Strategy.parse("max4+vbs+fcr");

    private final QuerySet all;
    private final int queries;
    private final BatchSettings settings;

    /**
     * @param all      the data to sample from (it must have the four sampled lengths)
     * @param queries  how many to sample
     * @param settings group and batch sizes, max length, and the seed of the sample and of the predictor noise
     */
    public TableStudy(QuerySet all, int queries, BatchSettings settings) {
        if (!all.hasMax4()) {
            throw new IllegalArgumentException("the table needs the four sampled lengths of the Alpaca lengths file; "
                    + all.name() + " has none");
        }
        this.all = all;
        this.queries = queries;
        this.settings = settings;
    }

    /**
     * The affine model fitted on the vanilla and max4 rows of the paper's setting: 1024 queries of {@code all}
     * sampled with {@code seed}, groups of 256, batches of 16, max length 512.
     */
    public static AffineCost paperFit(QuerySet all, long seed) {
        QuerySet sample = all.sample(Math.min(1024, all.size()), seed);
        BatchSettings paper = BatchSettings.paper(seed);
        return CostFit.fit(sample, paper, VANILLA, PaperRow.VANILLA.throughput(), MAX4,
                PaperRow.MAX4_VBS_FCR.throughput());
    }

    /**
     * @param sigmas      predictor errors for the predicted rows
     * @param spreadSeeds how many samples (seeds 0, 1, ...) show the vanilla and max4 rows' spread
     */
    public TableReport run(double[] sigmas, int spreadSeeds) {
        QuerySet sample = all.sample(queries, settings.seed());
        AffineCost cost = CostFit.fit(sample, settings, VANILLA, PaperRow.VANILLA.throughput(), MAX4,
                PaperRow.MAX4_VBS_FCR.throughput());
        StaticBatchPricer pricer = new StaticBatchPricer(cost);
        List<SigmaPoint> points = new ArrayList<>();
        SigmaPoint closest = null;
        for (double s : sigmas) {
            Predictor p = Predictor.noisy(s);
            SigmaPoint point = new SigmaPoint(s,
                    OfflineRun.run(sample, new Strategy(p, true, true), settings, pricer),
                    OfflineRun.run(sample, new Strategy(p, false, false), settings, pricer));
            points.add(point);
            if (closest == null || point.gapToPaper() < closest.gapToPaper()) {
                closest = point;
            }
        }
        if (closest == null) {
            throw new IllegalArgumentException("no predictor error to run");
        }
        List<TableReport.Line> rows = List.of(
                new TableReport.Line(PaperRow.VANILLA, OfflineRun.run(sample, VANILLA, settings, pricer), true),
                new TableReport.Line(PaperRow.PREDICTED_VBS_FCR, closest.vbsFcr(), false),
                new TableReport.Line(PaperRow.PREDICTED_PLAIN, closest.plain(), false),
                new TableReport.Line(PaperRow.MAX4_VBS_FCR, OfflineRun.run(sample, MAX4, settings, pricer), true));
        double[][] spread = spread(pricer, spreadSeeds);
        return new TableReport(cost, settings.seed(), rows, points, closest.sigma(), Spread.of(spread[0]),
                Spread.of(spread[1]), Spread.of(spread[2]), Spread.of(spread[3]), new long[] {0, spreadSeeds - 1});
    }

    /** Vanilla and max4 average lengths and effective ratios on samples with seeds 0 .. n - 1. */
    private double[][] spread(StaticBatchPricer pricer, int n) {
        double[][] out = new double[4][Math.max(1, n)];
        for (int seed = 0; seed < n; seed++) {
            QuerySet s = all.sample(queries, seed);
            BatchSettings b = settings.withSeed(seed);
            OfflineResult v = OfflineRun.run(s, VANILLA, b, pricer);
            OfflineResult m = OfflineRun.run(s, MAX4, b, pricer);
            out[0][seed] = v.averageLength();
            out[1][seed] = v.effectiveTokenRatio();
            out[2][seed] = m.averageLength();
            out[3][seed] = m.effectiveTokenRatio();
        }
        return out;
    }
}
