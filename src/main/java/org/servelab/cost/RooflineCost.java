package org.servelab.cost;

import java.util.Locale;

/**
 * A batch priced by the roofline of a model on an accelerator: an iteration takes as long as the slower
 * of its arithmetic and its memory traffic,
 * {@code t = max(FLOPs / (peak * mfu), bytes / (bandwidth * mbu))}, with
 * <ul>
 * <li>{@code FLOPs = 2 * params * T + 4 * layers * hidden * sum_i(c_i * ctx_i)}: the weight matmuls for the
 * {@code T} tokens of the batch, and attention (scores and weighted values) of each item's {@code c_i} tokens
 * against the {@code ctx_i} tokens they attend to;</li>
 * <li>{@code bytes = params * bytesPerParam + kvBytesPerToken * sum_i ctx_i}: every weight read once, and each
 * item's cache read once;</li>
 * <li>{@code ctx_i = contextBefore_i + c_i}, the item's context after the iteration: a decode attends to its
 * whole past and itself, a chunk to the past and to the whole chunk (the causal mask halves the chunk's own
 * part, which this upper bound ignores, as the inference-lab simulator does).</li>
 * </ul>
 * Activations, the LM head's extra work and kernel launch overheads are not modelled. Durations in ms.
 *
 * <p>Memory: the runtime takes {@code utilisation} of the device memory, the weights take their share and the
 * rest holds the KV cache ({@link #kvBlocks}). Swapping moves a block over the host link in one direction.
 */
public final class RooflineCost implements BatchCostModel {

    /** Model FLOP utilisation by default: 1, the pure roofline (see docs/cost-models.md). */
    public static final double DEFAULT_MFU = 1;
    /** Model bandwidth utilisation by default: 1, the pure roofline. */
    public static final double DEFAULT_MBU = 1;
    /** Share of device memory the serving runtime may use, as vLLM's {@code gpu_memory_utilization} default. */
    public static final double DEFAULT_MEMORY_UTILISATION = 0.9;

    private static final double MS_PER_S = 1000;

    private final String name;
    private final ModelSpec model;
    private final GpuSpec gpu;
    private final double mfu;
    private final double mbu;
    private final double memoryUtilisation;
    private final double flopRate;
    private final double byteRate;
    private final double attentionFlopsPerPair;
    private final double kvBytesPerToken;

    /**
     * @throws IllegalArgumentException when an efficiency is outside (0, 1] or the weights do not fit in the
     *                                  usable memory
     */
    public RooflineCost(String name, ModelSpec model, GpuSpec gpu, double mfu, double mbu, double memoryUtilisation) {
        this.name = name;
        this.model = model;
        this.gpu = gpu;
        this.mfu = fraction("mfu", mfu);
        this.mbu = fraction("mbu", mbu);
        this.memoryUtilisation = fraction("util", memoryUtilisation);
        this.flopRate = gpu.peakFlops() * mfu;
        this.byteRate = gpu.memoryBandwidth() * mbu;
        this.attentionFlopsPerPair = 4.0 * model.layers() * model.hidden();
        this.kvBytesPerToken = model.kvBytesPerToken();
        if (freeBytes() <= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the weights of %s (%.2f GB) do not fit in %.0f%% of the %.2f GB of %s",
                    model.name(), model.weightBytes() / 1e9, memoryUtilisation * 100, gpu.memoryBytes() / 1e9,
                    gpu.name()));
        }
    }

    /** The preset model on the preset GPU with the default efficiencies and memory utilisation. */
    public static RooflineCost of(String name, ModelSpec model, GpuSpec gpu) {
        return new RooflineCost(name, model, gpu, DEFAULT_MFU, DEFAULT_MBU, DEFAULT_MEMORY_UTILISATION);
    }

    private static double fraction(String key, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(key + " must be in (0, 1], got " + v);
        }
        return v;
    }

    private double freeBytes() {
        return gpu.memoryBytes() * memoryUtilisation - model.weightBytes();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String timeUnit() {
        return "ms";
    }

    /**
     * The roofline of the batch: FLOPs from its tokens and attention pairs, bytes from the weights and the
     * KV of every item's context. The price reads only the batch's totals; they are whole numbers, exact in
     * any order.
     */
    @Override
    public double iterationTime(BatchShape batch) {
        long tokens = batch.tokenTotal();
        double pairs = batch.pairTotal();
        double contexts = batch.contextTotal();
        double flops = 2.0 * model.params() * tokens + attentionFlopsPerPair * pairs;
        double bytes = model.weightBytes() + kvBytesPerToken * contexts;
        return Math.max(flops / flopRate, bytes / byteRate) * MS_PER_S;
    }

    @Override
    public boolean pricesByTotals() {
        return true;
    }

    /** {@code floor((memory * utilisation - weights) / (blockSize * kvBytesPerToken))}. */
    @Override
    public long kvBlocks(int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be >= 1, got " + blockSize);
        }
        return (long) Math.floor(freeBytes() / (blockSize * kvBytesPerToken));
    }

    /** {@code blockSize * kvBytesPerToken / hostLinkBandwidth}. */
    @Override
    public double swapTimePerBlock(int blockSize) {
        return blockSize * kvBytesPerToken / gpu.hostLinkBandwidth() * MS_PER_S;
    }

    public ModelSpec model() {
        return model;
    }

    public GpuSpec gpu() {
        return gpu;
    }

    public double mfu() {
        return mfu;
    }

    public double mbu() {
        return mbu;
    }

    public double memoryUtilisation() {
        return memoryUtilisation;
    }

    @Override
    public String toString() {
        return name + " (" + model + " on " + gpu + ", mfu " + mfu + ", mbu " + mbu + ", util " + memoryUtilisation + ")";
    }
}
