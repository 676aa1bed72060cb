package org.servelab.cost;

/**
 * A batch priced by its token count and its decode contexts:
 * {@code t = max(floor, c0 + perToken * T + perContext * Kctx)}, with {@code T} the tokens of all items
 * (a decode or padding item counts 1) and {@code Kctx} the sum over decode and padding items of their
 * context after the iteration, {@code contextBefore + 1}. Durations in milliseconds.
 *
 * <p>The preset {@link #step10ms() step-10ms} is {@code max(10 ms, 0.025 ms * T)}: the default roofline of
 * the inference-lab simulator, where every decode-only batch of at most 400 sequences costs 10 ms.
 */
public final class AffineCost implements BatchCostModel {

    public static final String STEP_10MS = "step-10ms";

    private final String name;
    private final double floor;
    private final double c0;
    private final double perToken;
    private final double perContext;
    private final double swapPerBlock;

    /**
     * @param name         the spec as the user wrote it
     * @param floor        least duration of an iteration, ms
     * @param c0           fixed cost of an iteration, ms
     * @param perToken     cost of each token in the batch, ms
     * @param perContext   cost of each context token a decode reads, ms
     * @param swapPerBlock time to move one KV block between GPU and CPU memory, ms
     * @throws IllegalArgumentException when a coefficient is negative or not finite, or when
     *                                  {@code floor}, {@code c0} and {@code perToken} are all 0 (a batch would take no time)
     */
    public AffineCost(String name, double floor, double c0, double perToken, double perContext, double swapPerBlock) {
        this.name = name;
        this.floor = nonNegative("floor", floor);
        this.c0 = nonNegative("c0", c0);
        this.perToken = nonNegative("per-token", perToken);
        this.perContext = nonNegative("per-context", perContext);
        this.swapPerBlock = nonNegative("swap", swapPerBlock);
        if (floor == 0 && c0 == 0 && perToken == 0) {
            throw new IllegalArgumentException("floor, c0 and per-token are all 0: a batch would take no time");
        }
    }

    /** {@code max(10 ms, 0.025 ms per token)}. */
    public static AffineCost step10ms() {
        return new AffineCost(STEP_10MS, 10, 0, 0.025, 0, 0);
    }

    private static double nonNegative(String key, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(key + " must be a number >= 0, got " + v);
        }
        return v;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String timeUnit() {
        return "ms";
    }

    @Override
    public boolean pricesByTotals() {
        return true;
    }

    @Override
    public boolean decodePriceFixed() {
        return perContext == 0;
    }

    @Override
    public double iterationTime(BatchShape batch) {
        double contexts = perContext == 0 ? 0 : batch.decodeContextTotal();
        return Math.max(floor, c0 + perToken * batch.tokenTotal() + perContext * contexts);
    }

    @Override
    public double swapTimePerBlock(int blockSize) {
        return swapPerBlock;
    }

    public double floor() {
        return floor;
    }

    public double c0() {
        return c0;
    }

    public double perToken() {
        return perToken;
    }

    public double perContext() {
        return perContext;
    }

    public double swapPerBlock() {
        return swapPerBlock;
    }

    @Override
    public String toString() {
        return name + " (floor " + floor + ", c0 " + c0 + ", per-token " + perToken + ", per-context " + perContext
                + ", swap " + swapPerBlock + " ms)";
    }
}
