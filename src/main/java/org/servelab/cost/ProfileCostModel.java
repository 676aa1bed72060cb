package org.servelab.cost;

import java.util.Arrays;

/**
 * A cost model measured on a real model: first-iteration and next-iteration times at a few input
 * lengths, each series fitted with a least-squares straight line that is evaluated at the job's input
 * length. A line can dip under zero far outside the measured range: a job whose fitted time is not
 * positive is refused (an {@link IllegalArgumentException} naming the profile's file), rather than priced
 * at a made-up minimum.
 */
public final class ProfileCostModel implements CostModel {

    /** The exercise's OPT-1.3B profile, in milliseconds. */
    public static final String OPT_1_3B = "opt-1.3b";

    private final String source;
    private final String name;
    private final String unit;
    private final double[] inputLengths;
    private final double[] prefill;
    private final double[] decode;
    private final LinearFit prefillFit;
    private final LinearFit decodeFit;

    public ProfileCostModel(String name, String unit, double[] inputLengths, double[] prefill, double[] decode) {
        this(name, name, unit, inputLengths, prefill, decode);
    }

    /** @param source where the profile was read (its file), for messages */
    public ProfileCostModel(String source, String name, String unit, double[] inputLengths, double[] prefill,
                            double[] decode) {
        this.source = source;
        this.name = name;
        this.unit = unit;
        this.inputLengths = inputLengths.clone();
        this.prefill = prefill.clone();
        this.decode = decode.clone();
        this.prefillFit = LinearFit.of(inputLengths, prefill);
        this.decodeFit = LinearFit.of(inputLengths, decode);
    }

    /** The profile measured for OPT-1.3B in the skip-join MLFQ exercise. */
    public static ProfileCostModel opt13b() {
        double[] lengths = {1, 4, 16, 64, 256, 512, 1024};
        double[] first = {5.88, 5.93, 6.57, 8.04, 23.8, 43.9, 98.5};
        double[] next = {5.13, 5.11, 5.16, 5.22, 5.52, 5.72, 5.82};
        return new ProfileCostModel(OPT_1_3B, "ms", lengths, first, next);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String timeUnit() {
        return unit;
    }

    @Override
    public double prefillTime(int promptTokens) {
        return positive("prefill", prefillFit, promptTokens);
    }

    @Override
    public double decodeTime(int promptTokens) {
        return positive("decode", decodeFit, promptTokens);
    }

    private double positive(String series, LinearFit fit, int promptTokens) {
        double v = fit.at(promptTokens);
        if (!(v > 0)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s: the straight-line fit of %s "
                    + "(%.4g %+.4g per token) gives %.4g %s at %d prompt tokens, not a positive time: the profile's "
                    + "measurements do not reach such prompts", source, series, fit.intercept(), fit.slope(), v, unit,
                    promptTokens));
        }
        return v;
    }

    public LinearFit prefillFit() {
        return prefillFit;
    }

    public LinearFit decodeFit() {
        return decodeFit;
    }

    @Override
    public String toString() {
        return name + " (prefill " + prefillFit + ", decode " + decodeFit + ", points " + Arrays.toString(inputLengths) + ")";
    }
}
