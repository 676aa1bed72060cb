package org.servelab.seqsched;

/**
 * How close predictions came to their labels (the max4 label, or the true length when the data has none),
 * the measures the paper reports for its predictor.
 *
 * @param meanError mean absolute error in tokens
 * @param within50  share of predictions within 50 tokens of the label, 0 to 1
 * @param within100 share within 100 tokens
 */
public record PredictionQuality(double meanError, double within50, double within100) {

    /** The paper's predictor on the Alpaca validation set: mean error 62, 59 % within 50, 81 % within 100. */
    public static final PredictionQuality PAPER = new PredictionQuality(62, 0.59, 0.81);

    /** The quality of {@code predicted} (as the predictor made them, {@link Predictor#raw}) against the labels. */
    public static PredictionQuality of(QuerySet queries, int[] predicted) {
        double sum = 0;
        int w50 = 0;
        int w100 = 0;
        for (int i = 0; i < predicted.length; i++) {
            int e = Math.abs(predicted[i] - queries.get(i).label());
            sum += e;
            w50 += e <= 50 ? 1 : 0;
            w100 += e <= 100 ? 1 : 0;
        }
        int n = predicted.length;
        return new PredictionQuality(sum / n, (double) w50 / n, (double) w100 / n);
    }
}
