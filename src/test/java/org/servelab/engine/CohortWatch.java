package org.servelab.engine;

import org.servelab.cost.BatchCostModel;
import org.servelab.cost.BatchShape;
import org.servelab.policy.batch.Batch;

/**
 * A cost model that prices as the one it wraps and notes whether it was ever given a batch holding a decode
 * cohort: the engine prices every batch it builds, so this is what it ran, seen from outside.
 */
final class CohortWatch implements BatchCostModel {

    private final BatchCostModel cost;
    private boolean seen;

    CohortWatch(BatchCostModel cost) {
        this.cost = cost;
    }

    /** Whether a batch priced so far held members of the decode cohort. */
    boolean sawCohort() {
        return seen;
    }

    @Override
    public double iterationTime(BatchShape batch) {
        if (batch instanceof Batch b && b.cohort() > 0) {
            seen = true;
        }
        return cost.iterationTime(batch);
    }

    @Override
    public String name() {
        return cost.name();
    }

    @Override
    public String timeUnit() {
        return cost.timeUnit();
    }

    @Override
    public boolean pricesByTotals() {
        return cost.pricesByTotals();
    }

    @Override
    public boolean decodePriceFixed() {
        return cost.decodePriceFixed();
    }

    @Override
    public boolean perJob() {
        return cost.perJob();
    }

    @Override
    public long kvBlocks(int blockSize) {
        return cost.kvBlocks(blockSize);
    }

    @Override
    public double swapTimePerBlock(int blockSize) {
        return cost.swapTimePerBlock(blockSize);
    }
}
