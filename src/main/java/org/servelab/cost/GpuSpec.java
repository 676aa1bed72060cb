package org.servelab.cost;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An accelerator as a roofline cost model needs it, in SI base units. Presets carry the published figures
 * cited in {@code docs/cost-models.md}.
 *
 * @param name              the preset or user name, for messages only
 * @param peakFlops         dense FP16/BF16 matrix peak, FLOP/s (without structured sparsity)
 * @param memoryBandwidth   device memory bandwidth, B/s
 * @param memoryBytes       device memory the runtime sees, B
 * @param hostLinkBandwidth host link bandwidth in one direction, B/s (what one swap transfer gets)
 */
public record GpuSpec(String name, double peakFlops, double memoryBandwidth, long memoryBytes, double hostLinkBandwidth) {

    private static final long MIB = 1L << 20;

    public static final GpuSpec A100_40GB = new GpuSpec("a100-40gb", 312e12, 1555e9, 40_960 * MIB, 32e9);
    public static final GpuSpec A100_80GB = new GpuSpec("a100-80gb", 312e12, 2039e9, 81_920 * MIB, 32e9);
    public static final GpuSpec H100_SXM = new GpuSpec("h100-sxm", 989e12, 3.35e12, 81_559 * MIB, 64e9);
    public static final GpuSpec ASCEND_910B = new GpuSpec("ascend-910b", 320e12, 1.6e12, 65_536 * MIB, 32e9);

    private static final Map<String, GpuSpec> PRESETS = presetMap();

    public GpuSpec {
        positive("peakFlops", peakFlops);
        positive("memoryBandwidth", memoryBandwidth);
        positive("hostLinkBandwidth", hostLinkBandwidth);
        if (memoryBytes < 1) {
            throw new IllegalArgumentException("memoryBytes must be >= 1, got " + memoryBytes);
        }
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number, got " + value);
        }
    }

    private static Map<String, GpuSpec> presetMap() {
        Map<String, GpuSpec> m = new LinkedHashMap<>();
        for (GpuSpec s : new GpuSpec[] {A100_40GB, A100_80GB, H100_SXM, ASCEND_910B}) {
            m.put(s.name(), s);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The presets by lower-case name, in a stable order. */
    public static Map<String, GpuSpec> presets() {
        return PRESETS;
    }
}
