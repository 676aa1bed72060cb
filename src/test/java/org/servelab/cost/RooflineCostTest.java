package org.servelab.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RooflineCostTest {

    private static final double A100_80GB_FLOPS = 312e12;
    private static final double A100_80GB_BYTES_PER_S = 2039e9;
    private static final double LLAMA_2_7B_PARAMS = 6_738_415_616.0;
    /** 2 (K and V) * 32 layers * 32 KV heads * 128 head dim * 2 bytes. */
    private static final double LLAMA_2_7B_KV_BYTES_PER_TOKEN = 524_288;

    private final RooflineCost llama = RooflineCost.of("roofline:llama-2-7b@a100-80gb", ModelSpec.LLAMA_2_7B,
            GpuSpec.A100_80GB);

    @Test
    void presetShapes() {
        assertThat(ModelSpec.LLAMA_2_7B.headDim()).isEqualTo(128);
        assertThat(ModelSpec.LLAMA_2_7B.kvBytesPerToken()).isEqualTo(LLAMA_2_7B_KV_BYTES_PER_TOKEN);
        // grouped-query attention: 8 KV heads of 32
        assertThat(ModelSpec.LLAMA_3_8B.kvBytesPerToken()).isEqualTo(2.0 * 32 * 8 * 128 * 2);
        assertThat(ModelSpec.GPT3_2_7B.headDim()).isEqualTo(80);
        assertThat(ModelSpec.presets().get("vicuna-7b")).isSameAs(ModelSpec.LLAMA_2_7B);
        assertThat(ModelSpec.presets()).containsKeys("opt-1.3b", "gpt3-2.7b", "llama-2-7b", "llama-2-13b", "llama-3-8b");
        assertThat(GpuSpec.presets()).containsOnlyKeys("a100-40gb", "a100-80gb", "h100-sxm", "ascend-910b");
    }

    @Test
    void smallDecodeBatchesAreMemoryBound() {
        TestShape b = new TestShape().decoding(4, 99);
        double bytes = LLAMA_2_7B_PARAMS * 2 + LLAMA_2_7B_KV_BYTES_PER_TOKEN * 4 * 100;
        double flops = 2 * LLAMA_2_7B_PARAMS * 4 + 4.0 * 32 * 4096 * 4 * 100;
        double memoryMs = bytes / A100_80GB_BYTES_PER_S * 1000;
        assertThat(memoryMs).isGreaterThan(flops / A100_80GB_FLOPS * 1000 * 10);
        assertThat(llama.iterationTime(b)).isCloseTo(memoryMs, within(1e-9));
    }

    @Test
    void largePrefillsAreComputeBound() {
        TestShape b = new TestShape().chunk(2048, 0);
        double flops = 2 * LLAMA_2_7B_PARAMS * 2048 + 4.0 * 32 * 4096 * 2048 * 2048;
        double bytes = LLAMA_2_7B_PARAMS * 2 + LLAMA_2_7B_KV_BYTES_PER_TOKEN * 2048;
        double computeMs = flops / A100_80GB_FLOPS * 1000;
        assertThat(computeMs).isGreaterThan(bytes / A100_80GB_BYTES_PER_S * 1000 * 5);
        assertThat(llama.iterationTime(b)).isCloseTo(computeMs, within(1e-9));
    }

    @Test
    void chunkAttendsToItsPastAndItself() {
        // 512 tokens after 1000 already cached: ctx = 1512
        TestShape b = new TestShape().chunk(512, 1000);
        double flops = 2 * LLAMA_2_7B_PARAMS * 512 + 4.0 * 32 * 4096 * 512 * 1512;
        assertThat(llama.iterationTime(b)).isCloseTo(flops / A100_80GB_FLOPS * 1000, within(1e-9));
    }

    @Test
    void monotoneInTokens() {
        double last = 0;
        for (int t = 1; t <= 4096; t *= 2) {
            double now = llama.iterationTime(new TestShape().chunk(t, 0));
            assertThat(now).as("%d tokens", t).isGreaterThanOrEqualTo(last);
            last = now;
        }
        double decodes = 0;
        for (int n = 1; n <= 512; n *= 2) {
            double now = llama.iterationTime(new TestShape().decoding(n, 500));
            assertThat(now).as("%d decodes", n).isGreaterThan(decodes);
            decodes = now;
        }
    }

    @Test
    void efficienciesScaleTheirSideOfTheRoofline() {
        RooflineCost slow = new RooflineCost("half", ModelSpec.LLAMA_2_7B, GpuSpec.A100_80GB, 0.5, 0.8, 0.9);
        TestShape decode = new TestShape().decoding(10);
        TestShape prefill = new TestShape().chunk(4096, 0);
        assertThat(slow.iterationTime(decode)).isCloseTo(llama.iterationTime(decode) / 0.8, within(1e-9));
        assertThat(slow.iterationTime(prefill)).isCloseTo(llama.iterationTime(prefill) / 0.5, within(1e-9));
    }

    @Test
    void kvCapacityOfLlama2On80GbByHand() {
        // 81,920 MiB * 0.9 = 77,309,411,328 B; weights 13,476,831,232 B; free 63,832,580,096 B;
        // a block of 16 tokens holds 16 * 524,288 = 8,388,608 B: 7,609.44 blocks
        assertThat(llama.kvBlocks(16)).isEqualTo(7609);
        assertThat(llama.kvBlocks(32)).isEqualTo(3804);
    }

    @Test
    void swapMovesABlockOverTheHostLink() {
        // 16 * 524,288 B at 32 GB/s one way
        assertThat(llama.swapTimePerBlock(16)).isCloseTo(16 * 524_288 / 32e9 * 1000, within(1e-12));
    }

    @Test
    void weightsThatDoNotFitFailClearly() {
        GpuSpec small = new GpuSpec("small", 1e12, 1e12, 20_000_000_000L, 1e9);
        assertThatThrownBy(() -> RooflineCost.of("x", ModelSpec.LLAMA_2_13B, small))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("llama-2-13b").hasMessageContaining("do not fit").hasMessageContaining("small");
    }

    @Test
    void refusesEfficienciesOutsideZeroToOne() {
        assertThatThrownBy(() -> new RooflineCost("x", ModelSpec.OPT_1_3B, GpuSpec.A100_40GB, 0, 1, 0.9))
                .hasMessageContaining("mfu");
        assertThatThrownBy(() -> new RooflineCost("x", ModelSpec.OPT_1_3B, GpuSpec.A100_40GB, 1, 1.5, 0.9))
                .hasMessageContaining("mbu");
        assertThatThrownBy(() -> new RooflineCost("x", ModelSpec.OPT_1_3B, GpuSpec.A100_40GB, 1, 1, Double.NaN))
                .hasMessageContaining("util");
    }

    @Test
    void everyPresetModelFitsEveryPresetGpu() {
        for (ModelSpec m : ModelSpec.presets().values()) {
            for (GpuSpec g : GpuSpec.presets().values()) {
                RooflineCost c = RooflineCost.of(m.name() + "@" + g.name(), m, g);
                assertThat(c.kvBlocks(16)).as(c.name()).isPositive();
                assertThat(c.iterationTime(new TestShape().decoding(0))).as(c.name()).isPositive();
            }
        }
    }

    @Test
    void modelShapeIsChecked() {
        assertThatThrownBy(() -> new ModelSpec("x", 10, 2, 100, 3, 3, 2)).hasMessageContaining("multiple of heads");
        assertThatThrownBy(() -> new ModelSpec("x", 10, 2, 96, 12, 5, 2)).hasMessageContaining("kvHeads");
        assertThatThrownBy(() -> new ModelSpec("x", 10, 0, 96, 12, 4, 2)).hasMessageContaining("layers");
    }

    /** The formula item by item: FLOPs from tokens and attention pairs, bytes from weights and every context. */
    @Test
    void pricesMixedAndSpeculativeBatchesFromTheirTotalsAsTheFormulaDoesItemByItem() {
        RooflineCost llama = RooflineCost.of("roofline:llama-2-7b@a100-80gb", ModelSpec.LLAMA_2_7B, GpuSpec.A100_80GB);
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int k = 0; k < 2000; k++) {
            TestShape b = new TestShape();
            for (int i = r.nextInt(1, 300); i > 0; i--) {
                int kind = r.nextInt(8);
                if (kind < 2) {
                    b.chunk(r.nextInt(1, 3000), r.nextInt(0, 8000));
                } else if (kind == 2) {
                    b.verifying(r.nextInt(2, 9), r.nextInt(0, 8000));
                } else {
                    b.decoding(r.nextInt(0, 8000));
                }
            }
            long tokens = 0;
            double pairs = 0;
            double contexts = 0;
            for (int i = 0; i < b.size(); i++) {
                tokens += b.tokens(i);
                pairs += b.tokens(i) * (double) b.contextAfter(i);
                contexts += b.contextAfter(i);
            }
            double flops = 2.0 * ModelSpec.LLAMA_2_7B.params() * tokens
                    + 4.0 * ModelSpec.LLAMA_2_7B.layers() * ModelSpec.LLAMA_2_7B.hidden() * pairs;
            double bytes = ModelSpec.LLAMA_2_7B.weightBytes() + ModelSpec.LLAMA_2_7B.kvBytesPerToken() * contexts;
            double expected = Math.max(flops / (312e12 * RooflineCost.DEFAULT_MFU),
                    bytes / (2039e9 * RooflineCost.DEFAULT_MBU)) * 1000;
            assertThat(llama.iterationTime(b)).isEqualTo(expected);
        }
    }
}
