package org.servelab.seqsched;

import java.util.Locale;

import org.servelab.cost.AffineCost;

/**
 * Fits the two constants of {@code affine:c0=C,per-token=K} (milliseconds per iteration and per token of the
 * batch) so that two offline runs reach two given throughputs. A run's time is linear in the constants:
 * {@code C x iterations + K x tokens}, so two runs give two equations; the iterations and tokens are read by
 * pricing each run with the unit models {@code c0=1} and {@code per-token=1}.
 */
public final class CostFit {

    private CostFit() {
    }

    /**
     * @throws IllegalArgumentException when no model with both constants {@code >= 0} fits
     */
    public static AffineCost fit(QuerySet queries, BatchSettings settings, Strategy a, double throughputA, Strategy b,
                                 double throughputB) {
        double[] ra = counts(queries, settings, a);
        double[] rb = counts(queries, settings, b);
        double ta = queries.size() / throughputA * 1000;
        double tb = queries.size() / throughputB * 1000;
        double det = ra[0] * rb[1] - ra[1] * rb[0];
        if (det == 0) {
            throw new IllegalArgumentException("the two runs have proportional iterations and tokens: nothing to fit");
        }
        double c0 = (ta * rb[1] - ra[1] * tb) / det;
        double k = (ra[0] * tb - ta * rb[0]) / det;
        if (!(c0 >= 0 && k >= 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "no affine model with c0, per-token >= 0 gives "
                    + "%s %.3g and %s %.3g samples/s (the fit gives c0 %.4g ms, per-token %.4g ms)", a.name(), throughputA,
                    b.name(), throughputB, c0, k));
        }
        String name = String.format(Locale.ROOT, "affine:c0=%.4f,per-token=%.6f", c0, k);
        return new AffineCost(name, 0, c0, k, 0, 0);
    }

    /** Iterations and tokens the run processes (milliseconds under the unit models). */
    private static double[] counts(QuerySet queries, BatchSettings settings, Strategy s) {
        double iterations = OfflineRun.run(queries, s, settings, new AffineCost("c0=1", 0, 1, 0, 0, 0)).totalSeconds();
        double tokens = OfflineRun.run(queries, s, settings, new AffineCost("per-token=1", 0, 0, 1, 0, 0)).totalSeconds();
        return new double[] {iterations * 1000, tokens * 1000};
    }
}
