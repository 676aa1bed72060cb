package org.servelab.seqsched;

/**
 * The two predicted rows of the paper's table at one predictor error.
 *
 * @param sigma     the spread of {@code noisy:SIGMA}
 * @param vbsFcr    predicted + VBS + FCR
 * @param plain     predicted, no VBS/FCR
 */
public record SigmaPoint(double sigma, OfflineResult vbsFcr, OfflineResult plain) {

    public PredictionQuality quality() {
        return vbsFcr.quality();
    }

    /** How far the predictor's quality is from the paper's: the sum of the relative gaps of its three measures. */
    public double gapToPaper() {
        PredictionQuality q = quality();
        PredictionQuality p = PredictionQuality.PAPER;
        return Math.abs(q.meanError() / p.meanError() - 1) + Math.abs(q.within50() / p.within50() - 1)
                + Math.abs(q.within100() / p.within100() - 1);
    }
}
