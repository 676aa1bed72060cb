package org.servelab.cost;

import java.util.Arrays;

/**
 * A cost model measured on a real model: first-iteration and next-iteration times at a few input
 * lengths, each series fitted with a least-squares straight line that is evaluated at the job's input
 * length. A fitted time below {@code floor} (a line can dip under zero far outside the measured range)
 * is raised to it, so that every iteration takes a positive time.
 */
public final class ProfileCostModel implements CostModel {

    /** The exercise's OPT-1.3B profile, in milliseconds. */
    public static final String OPT_1_3B = "opt-1.3b";

    private final String name;
    private final String unit;
    private final double[] inputLengths;
    private final double[] prefill;
    private final double[] decode;
    private final LinearFit prefillFit;
    private final LinearFit decodeFit;
    private final double floor;

    public ProfileCostModel(String name, String unit, double[] inputLengths, double[] prefill, double[] decode) {
        this.name = name;
        this.unit = unit;
        this.inputLengths = inputLengths.clone();
        this.prefill = prefill.clone();
        this.decode = decode.clone();
        this.prefillFit = LinearFit.of(inputLengths, prefill);
        this.decodeFit = LinearFit.of(inputLengths, decode);
        double min = Double.POSITIVE_INFINITY;
        for (double v : prefill) {
            min = Math.min(min, v);
        }
        for (double v : decode) {
            min = Math.min(min, v);
        }
        this.floor = min / 1000.0;
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
        return Math.max(floor, prefillFit.at(promptTokens));
    }

    @Override
    public double decodeTime(int promptTokens) {
        return Math.max(floor, decodeFit.at(promptTokens));
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
