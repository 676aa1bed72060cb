package org.servelab.cost;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of a decoder-only transformer as a roofline cost model needs it. Presets carry the published
 * figures cited in {@code docs/cost-models.md}.
 *
 * @param name          the preset or user name, for messages only
 * @param params        number of weights (all of them: embeddings included, since all are read from memory)
 * @param layers        transformer blocks
 * @param hidden        model width
 * @param heads         attention (query) heads; {@code hidden} is a multiple of it
 * @param kvHeads       key/value heads (fewer than {@code heads} with grouped-query attention); divides {@code heads}
 * @param bytesPerParam bytes of one weight and of one cached key or value element (2 for FP16/BF16)
 */
public record ModelSpec(String name, long params, int layers, int hidden, int heads, int kvHeads, double bytesPerParam) {

    public static final ModelSpec OPT_1_3B = new ModelSpec("opt-1.3b", 1_315_758_080L, 24, 2048, 32, 32, 2);
    public static final ModelSpec GPT3_2_7B = new ModelSpec("gpt3-2.7b", 2_700_000_000L, 32, 2560, 32, 32, 2);
    public static final ModelSpec LLAMA_2_7B = new ModelSpec("llama-2-7b", 6_738_415_616L, 32, 4096, 32, 32, 2);
    public static final ModelSpec LLAMA_2_13B = new ModelSpec("llama-2-13b", 13_015_864_320L, 40, 5120, 40, 40, 2);
    public static final ModelSpec LLAMA_3_8B = new ModelSpec("llama-3-8b", 8_030_261_248L, 32, 4096, 32, 8, 2);

    private static final Map<String, ModelSpec> PRESETS = presetMap();

    public ModelSpec {
        positive("params", params);
        positive("layers", layers);
        positive("hidden", hidden);
        positive("heads", heads);
        positive("kvHeads", kvHeads);
        if (!(bytesPerParam > 0) || Double.isInfinite(bytesPerParam)) {
            throw new IllegalArgumentException("bytesPerParam must be a positive number, got " + bytesPerParam);
        }
        if (hidden % heads != 0) {
            throw new IllegalArgumentException("hidden (" + hidden + ") must be a multiple of heads (" + heads + ")");
        }
        if (heads % kvHeads != 0) {
            throw new IllegalArgumentException("heads (" + heads + ") must be a multiple of kvHeads (" + kvHeads + ")");
        }
    }

    private static void positive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be >= 1, got " + value);
        }
    }

    private static Map<String, ModelSpec> presetMap() {
        Map<String, ModelSpec> m = new LinkedHashMap<>();
        for (ModelSpec s : new ModelSpec[] {OPT_1_3B, GPT3_2_7B, LLAMA_2_7B, LLAMA_2_13B, LLAMA_3_8B}) {
            m.put(s.name(), s);
        }
        // Vicuna-7B v1.5 is a fine-tune of Llama-2-7B with the same shape.
        m.put("vicuna-7b", LLAMA_2_7B);
        return Collections.unmodifiableMap(m);
    }

    /** The presets by lower-case name, aliases included, in a stable order. */
    public static Map<String, ModelSpec> presets() {
        return PRESETS;
    }

    /** Width of one attention head. */
    public int headDim() {
        return hidden / heads;
    }

    /** Bytes of all weights, read once per iteration. */
    public double weightBytes() {
        return params * bytesPerParam;
    }

    /** Bytes of the key and value cache of one token over all layers. */
    public double kvBytesPerToken() {
        return 2.0 * layers * kvHeads * headDim() * bytesPerParam;
    }
}
