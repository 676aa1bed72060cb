package org.servelab.seqsched;

import java.util.List;

/**
 * A row of the paper's table (Zheng et al., NeurIPS'23, the README of zhengzangw/Sequence-Scheduling: 1024
 * queries of the Alpaca validation set, Vicuna-7B on one GPU, groups of 256, batches of 16, max length 512).
 *
 * @param label          the strategy in the paper's words
 * @param throughput     samples per second
 * @param averageLength  tokens
 * @param effectiveRatio 0 to 1
 * @param failureRatio   0 to 1, or NaN where the paper gives none
 */
public record PaperRow(String label, double throughput, double averageLength, double effectiveRatio,
                       double failureRatio) {

    public static final PaperRow VANILLA = new PaperRow("vanilla", 1.39, 370.84, 0.3391, Double.NaN);
    public static final PaperRow PREDICTED_VBS_FCR = new PaperRow("predicted + VBS + FCR", 2.30, 215.06, 0.4722, 0.1650);
    public static final PaperRow PREDICTED_PLAIN = new PaperRow("predicted, no VBS/FCR", 1.64, 297.48, 0.4217, Double.NaN);
    public static final PaperRow MAX4_VBS_FCR = new PaperRow("max4 (\"gt\") + VBS + FCR", 2.69, 196.34, 0.6157, Double.NaN);

    /** The four rows in the paper's order. */
    public static List<PaperRow> all() {
        return List.of(VANILLA, PREDICTED_VBS_FCR, PREDICTED_PLAIN, MAX4_VBS_FCR);
    }
}
