package org.servelab.seqsched;

import org.servelab.cost.BatchCostModel;
import org.servelab.workload.TimeUnit;

/**
 * Prices static batches with a batch cost model, one {@link PaddedShape} per iteration, so that every model
 * ServeLab has (affine, roofline, profiles) prices offline batches by its own formula. A model that prices
 * per job (from each job's own times) cannot price a padded batch and is refused.
 */
public final class StaticBatchPricer {

    private final BatchCostModel cost;
    private final double secondsPerUnit;
    private final PaddedShape shape = new PaddedShape();

    /** @throws IllegalArgumentException for a per-job model or an unknown time unit */
    public StaticBatchPricer(BatchCostModel cost) {
        if (cost.perJob()) {
            throw new IllegalArgumentException("offline batches need a cost model that prices whole batches "
                    + "(step-10ms, affine:..., roofline:MODEL@GPU or a batch profile); " + cost.name()
                    + " prices each job by its own times");
        }
        TimeUnit unit = TimeUnit.fromSymbol(cost.timeUnit());
        if (unit == null) {
            throw new IllegalArgumentException("cost model " + cost.name() + " has an unknown unit " + cost.timeUnit());
        }
        this.cost = cost;
        this.secondsPerUnit = unit.seconds();
    }

    public BatchCostModel cost() {
        return cost;
    }

    /**
     * Seconds a static batch takes: its prefill of {@code size x prompt} tokens and {@code iterations - 1}
     * decode iterations of all {@code size} rows.
     *
     * @param prompt the longest prompt of its members (at least 1 is priced)
     */
    public double seconds(int size, int prompt, int iterations) {
        int p = Math.max(1, prompt);
        double total = 0;
        for (int k = 1; k <= iterations; k++) {
            total += cost.iterationTime(shape.at(size, p, k));
        }
        return total * secondsPerUnit;
    }
}
