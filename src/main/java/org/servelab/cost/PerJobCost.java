package org.servelab.cost;

/**
 * Today's per-job pricing extended to batches: a batch takes as long as its slowest item. A decode costs
 * the job's decode time; a prefill chunk of {@code c} of the job's {@code P} prompt tokens costs
 * {@code p * c / P} ({@code p} itself for the whole prompt). Exact for batch size 1; above it an
 * ideal-batching approximation in which running sequences together costs nothing extra.
 */
public final class PerJobCost implements BatchCostModel {

    public static final String NAME = "per-job";

    private final String unit;

    public PerJobCost(String unit) {
        this.unit = unit;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String timeUnit() {
        return unit;
    }

    @Override
    public boolean perJob() {
        return true;
    }

    @Override
    public double iterationTime(BatchShape batch) {
        double max = 0;
        for (int i = 0; i < batch.size(); i++) {
            max = Math.max(max, itemTime(batch, i));
        }
        return max;
    }

    private static double itemTime(BatchShape b, int i) {
        if (b.decode(i)) {
            return b.decodeTime(i);
        }
        int c = b.tokens(i);
        int p = b.promptTokens(i);
        return c == p ? b.prefillTime(i) : b.prefillTime(i) * c / p;
    }
}
