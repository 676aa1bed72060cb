package org.servelab.seqsched;

import java.util.List;

import org.servelab.cost.AffineCost;

/**
 * The paper's table reproduced: the fitted cost model, the four rows beside the paper's, the two predicted rows
 * over a range of predictor errors, and how much the vanilla and max4 rows vary from sample to sample.
 *
 * @param cost      the affine model fitted on the vanilla and max4 rows
 * @param seed      the seed of the sample the table uses
 * @param rows      vanilla, predicted + VBS + FCR, predicted plain, max4 + VBS + FCR, each beside the paper's
 * @param sigmas    the predicted rows at each predictor error
 * @param paperLike the predictor error whose quality is closest to the paper's predictor (used in {@code rows})
 * @param vanillaLength  vanilla average length over the spread's samples
 * @param vanillaRatio   vanilla effective token ratio over them
 * @param max4Length     max4 + VBS + FCR average length over them
 * @param max4Ratio      max4 + VBS + FCR effective token ratio over them
 * @param spreadSeeds    the first and last seed of those samples
 */
public record TableReport(AffineCost cost, long seed, List<Line> rows, List<SigmaPoint> sigmas, double paperLike,
                          Spread vanillaLength, Spread vanillaRatio, Spread max4Length, Spread max4Ratio,
                          long[] spreadSeeds) {

    /** A row of the table: the paper's numbers and ServeLab's run. */
    public record Line(PaperRow paper, OfflineResult result, boolean fitted) {
    }

    public TableReport {
        rows = List.copyOf(rows);
        sigmas = List.copyOf(sigmas);
    }

    public OfflineResult vanilla() {
        return rows.get(0).result();
    }

    public OfflineResult max4() {
        return rows.get(3).result();
    }
}
