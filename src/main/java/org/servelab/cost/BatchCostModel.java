package org.servelab.cost;

/**
 * Prices a whole batch: how long one iteration takes, from the shape of its work. The batch-size-1
 * {@link CostModel} is the special case of a batch of one priced by {@link PerJobCost}.
 */
public interface BatchCostModel {

    /** The name as the user writes it: {@code per-job}, {@code step-10ms}, {@code roofline:llama-2-7b@a100-80gb}. */
    String name();

    /** The unit of every duration this model returns: {@code ms}, {@code s} or {@code us}. */
    String timeUnit();

    /** Duration of one iteration running this batch, in {@link #timeUnit()}; positive for a non-empty batch. */
    double iterationTime(BatchShape batch);

    /**
     * Whether {@link #iterationTime} reads nothing of the batch but its totals ({@link BatchShape#size},
     * {@link BatchShape#tokenTotal}, {@link BatchShape#decodeContextTotal}, {@link BatchShape#contextTotal},
     * {@link BatchShape#pairTotal}) and never an item by index: a run of identical decode iterations is then
     * priced without visiting their items again, and the engine may give it batches whose steady decodes
     * are counted in the totals only (the decode cohort).
     */
    default boolean pricesByTotals() {
        return false;
    }

    /**
     * Whether a batch of decodes costs the same at every iteration while its members stay: the price reads
     * no context length. A run of such iterations is then priced once.
     */
    default boolean decodePriceFixed() {
        return perJob();
    }

    /** Whether the model prices from each job's own prefill and decode times (only {@link PerJobCost}). */
    default boolean perJob() {
        return false;
    }

    /**
     * KV capacity in blocks of {@code blockSize} tokens that the hardware leaves for the cache, or -1 when
     * the model says nothing about memory (then the capacity is unlimited unless {@code --kv-blocks} is given).
     */
    default long kvBlocks(int blockSize) {
        return -1;
    }

    /** Time to move one KV block of {@code blockSize} tokens between GPU and CPU memory, in {@link #timeUnit()}. */
    default double swapTimePerBlock(int blockSize) {
        return 0;
    }
}
