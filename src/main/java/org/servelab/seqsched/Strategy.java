package org.servelab.seqsched;

import java.util.Locale;

/**
 * How an offline batch run forms its batches: a predictor, with or without variable batch size (VBS) and
 * failure collection and recomputation (FCR). Written {@code PREDICTOR[+vbs][+fcr]}, as in
 * {@code noisy:0.4+vbs+fcr}.
 *
 * @param predictor what predicts the lengths
 * @param vbs       bucket the queries by prediction and give each bucket its own batch size
 * @param fcr       stop each batch at its cap and re-run the members that did not finish
 */
public record Strategy(Predictor predictor, boolean vbs, boolean fcr) {

    /**
     * Parses {@code PREDICTOR[+vbs][+fcr]} (the flags in any order).
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static Strategy parse(String spec) {
        String[] parts = spec.trim().split("\\+", -1);
        boolean vbs = false;
        boolean fcr = false;
        for (int i = 1; i < parts.length; i++) {
            String flag = parts[i].trim().toLowerCase(Locale.ROOT);
            if (flag.equals("vbs") && !vbs) {
                vbs = true;
            } else if (flag.equals("fcr") && !fcr) {
                fcr = true;
            } else {
                throw new IllegalArgumentException("strategy '" + spec.trim() + "': '" + parts[i].trim()
                        + "' is not +vbs or +fcr (write PREDICTOR[+vbs][+fcr], as in noisy:0.4+vbs+fcr)");
            }
        }
        return new Strategy(Predictor.parse(parts[0]), vbs, fcr);
    }

    /** The strategy as written: {@code max4+vbs+fcr}. */
    public String name() {
        return predictor.name() + (vbs ? "+vbs" : "") + (fcr ? "+fcr" : "");
    }

    @Override
    public String toString() {
        return name();
    }
}
