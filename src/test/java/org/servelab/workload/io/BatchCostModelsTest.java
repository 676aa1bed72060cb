package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.cost.AffineCost;
import org.servelab.cost.BatchCostModel;
import org.servelab.cost.GpuSpec;
import org.servelab.cost.ModelSpec;
import org.servelab.cost.PerJobCost;
import org.servelab.cost.RooflineCost;
import org.servelab.workload.InputException;

class BatchCostModelsTest {

    private static final String OPTION = "--cost-model";
    private static final String FILE = "profiles/batch.json";

    @TempDir
    Path dir;

    private static String optionError(String spec) {
        InputException e = catchThrowableOfType(InputException.class, () -> BatchCostModels.parse(spec, "ms"));
        assertThat(e).as("an InputException for %s", spec).isNotNull();
        assertThat(e.field()).isEqualTo(OPTION);
        assertThat(e.getMessage()).startsWith(OPTION + ": ").doesNotContain("\n");
        return e.getMessage();
    }

    private static InputException profileError(String text, int line, String field) {
        return InputErrors.expect(() -> BatchProfileReader.read(FILE, text), FILE, line, field);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    // ---- names

    @Test
    void perJobAndBatchOneModelsPriceByJobInTheTraceUnit() {
        BatchCostModel m = BatchCostModels.parse("Per-Job", "s");
        assertThat(m).isInstanceOf(PerJobCost.class);
        assertThat(m.timeUnit()).isEqualTo("s");
        assertThat(BatchCostModels.parse("opt-1.3b", "us").perJob()).isTrue();
    }

    @Test
    void stepTenMs() {
        BatchCostModel m = BatchCostModels.parse(" STEP-10ms ", "s");
        assertThat(m).isInstanceOf(AffineCost.class);
        assertThat(m.name()).isEqualTo("step-10ms");
        assertThat(m.timeUnit()).isEqualTo("ms");
    }

    @Test
    void affineKeysDefaultToZeroAndTheNameIsTheSpec() {
        String spec = "affine:floor=10,c0=0,per-token=0.025,per-context=0";
        AffineCost m = (AffineCost) BatchCostModels.parse(spec, "ms");
        assertThat(m.name()).isEqualTo(spec);
        assertThat(m.floor()).isEqualTo(10);
        assertThat(m.perToken()).isEqualTo(0.025);
        AffineCost s = (AffineCost) BatchCostModels.parse("affine:c0=1.5, per-context=.001 ,swap=0.2", "ms");
        assertThat(s.floor()).isZero();
        assertThat(s.c0()).isEqualTo(1.5);
        assertThat(s.perContext()).isEqualTo(0.001);
        assertThat(s.swapTimePerBlock(16)).isEqualTo(0.2);
    }

    @Test
    void rooflinePresetsAndOptions() {
        RooflineCost m = (RooflineCost) BatchCostModels.parse("roofline:Llama-2-7B@A100-80GB", "ms");
        assertThat(m.name()).isEqualTo("roofline:Llama-2-7B@A100-80GB");
        assertThat(m.model()).isEqualTo(ModelSpec.LLAMA_2_7B);
        assertThat(m.gpu()).isEqualTo(GpuSpec.A100_80GB);
        assertThat(m.mfu()).isEqualTo(RooflineCost.DEFAULT_MFU);
        assertThat(m.memoryUtilisation()).isEqualTo(0.9);
        RooflineCost o = (RooflineCost) BatchCostModels.parse("roofline:vicuna-7b@h100-sxm,mfu=0.5,mbu=0.8,util=0.85", "s");
        assertThat(o.model()).isEqualTo(ModelSpec.LLAMA_2_7B);
        assertThat(o.mfu()).isEqualTo(0.5);
        assertThat(o.mbu()).isEqualTo(0.8);
        assertThat(o.memoryUtilisation()).isEqualTo(0.85);
        assertThat(o.timeUnit()).isEqualTo("ms");
    }

    // ---- errors in the option

    @Test
    void unknownPresetsListTheKnownOnes() {
        assertThat(optionError("roofline:llama-9b@a100-80gb"))
                .contains("unknown model 'llama-9b'", "opt-1.3b", "gpt3-2.7b", "llama-2-7b", "vicuna-7b", "llama-2-13b",
                        "llama-3-8b");
        assertThat(optionError("roofline:llama-2-7b@v100"))
                .contains("unknown GPU 'v100'", "a100-40gb", "a100-80gb", "h100-sxm", "ascend-910b");
        assertThat(optionError("roofline:llama-2-7b")).contains("MODEL@GPU");
        assertThat(optionError("roofline:a@b@c")).contains("MODEL@GPU");
    }

    @Test
    void malformedAffineSpecsNameTheKeyAndValue() {
        assertThat(optionError("affine:per-token=abc")).contains("per-token", "'abc'", "not a number");
        assertThat(optionError("affine:per-token=NaN")).contains("per-token", "NaN");
        assertThat(optionError("affine:floor=1e999")).contains("floor", "finite");
        assertThat(optionError("affine:floor=-1")).contains("floor", "-1", ">= 0");
        assertThat(optionError("affine:slope=2")).contains("unknown key 'slope'", "per-token");
        assertThat(optionError("affine:floor")).contains("'floor' is not KEY=VALUE");
        assertThat(optionError("affine:floor=1,floor=2")).contains("floor", "twice");
        assertThat(optionError("affine:")).contains("at least one");
        assertThat(optionError("affine:per-context=0.1")).contains("no time");
    }

    @Test
    void rooflineOptionsAreFractions() {
        assertThat(optionError("roofline:llama-2-7b@a100-80gb,mfu=0")).contains("mfu", "(0, 1]");
        assertThat(optionError("roofline:llama-2-7b@a100-80gb,mbu=1.5")).contains("mbu", "1.5");
        assertThat(optionError("roofline:llama-2-7b@a100-80gb,util=-0.5")).contains("util");
        assertThat(optionError("roofline:llama-2-7b@a100-80gb,tp=2")).contains("unknown key 'tp'", "mfu, mbu, util");
    }

    @Test
    void weightsThatDoNotFitAreAnInputError() {
        assertThat(optionError("roofline:llama-2-13b@a100-40gb,util=0.5")).contains("llama-2-13b", "do not fit");
    }

    @Test
    void blankAndUnknownNames() {
        assertThat(optionError(" ")).contains("per-job", "step-10ms", "roofline:MODEL@GPU");
        InputException e = catchThrowableOfType(InputException.class, () -> BatchCostModels.parse("step-10", "ms"));
        assertThat(e.source()).isEqualTo("step-10");
        assertThat(e.getMessage()).contains("no such cost model", "step-10ms", "affine:", "roofline:", "file not found");
    }

    // ---- isBatchSpec

    @Test
    void batchingIsOnForEverythingButPerJobModels() throws IOException {
        assertThat(BatchCostModels.isBatchSpec("per-job")).isFalse();
        assertThat(BatchCostModels.isBatchSpec("OPT-1.3B")).isFalse();
        assertThat(BatchCostModels.isBatchSpec(null)).isFalse();
        assertThat(BatchCostModels.isBatchSpec("step-10ms")).isTrue();
        assertThat(BatchCostModels.isBatchSpec("affine:floor=1")).isTrue();
        assertThat(BatchCostModels.isBatchSpec("roofline:x@y")).isTrue();
        assertThat(BatchCostModels.isBatchSpec("typo")).isTrue();
        Path batchOne = write("one.json", "{\"inputLengths\": [1, 2], \"prefill\": [1, 2], \"decode\": [1, 1]}");
        Path batch = write("many.json", "{\"inputLengths\": [1], \"type\": \"affine\", \"floor\": 1}");
        Path broken = write("broken.json", "{\"inputLengths\": [1, ");
        assertThat(BatchCostModels.isBatchSpec(batchOne.toString())).isFalse();
        assertThat(BatchCostModels.isBatchSpec(batch.toString())).isTrue();
        assertThat(BatchCostModels.isBatchSpec(broken.toString())).isFalse();
        assertThat(BatchCostModels.isBatchSpec(dir.resolve("none.json").toString())).isTrue();
    }

    @Test
    void aBatchOneProfileFilePricesByJobAfterBeingChecked() throws IOException {
        Path ok = write("one.json", "{\"inputLengths\": [1, 2], \"prefill\": [1, 2], \"decode\": [1, 1]}");
        assertThat(BatchCostModels.parse(ok.toString(), "ms").perJob()).isTrue();
        Path bad = write("bad.json", "{\"inputLengths\": [1, 2], \"prefill\": [1], \"decode\": [1, 1]}");
        InputErrors.expect(() -> BatchCostModels.parse(bad.toString(), "ms"), bad.toString(), 1, "prefill");
    }

    // ---- profile files

    @Test
    void rooflineProfileOverridesPresetFields() throws IOException {
        Path f = write("tuned.json", """
                {"type": "roofline",
                 "model": {"preset": "llama-2-7b", "kvHeads": 8},
                 "gpu": {"preset": "a100-80gb", "memoryBandwidth": 1.0e12},
                 "mfu": 0.5, "mbu": 0.8, "util": 0.95}
                """);
        RooflineCost m = (RooflineCost) BatchCostModels.parse(f.toString(), "ms");
        assertThat(m.name()).isEqualTo("tuned");
        assertThat(m.model().kvHeads()).isEqualTo(8);
        assertThat(m.model().layers()).isEqualTo(32);
        assertThat(m.model().params()).isEqualTo(ModelSpec.LLAMA_2_7B.params());
        assertThat(m.gpu().memoryBandwidth()).isEqualTo(1.0e12);
        assertThat(m.gpu().peakFlops()).isEqualTo(312e12);
        assertThat(m.mfu()).isEqualTo(0.5);
        assertThat(m.mbu()).isEqualTo(0.8);
        assertThat(m.memoryUtilisation()).isEqualTo(0.95);
    }

    @Test
    void rooflineProfileWithPresetNamesAndAModelOfItsOwn() {
        RooflineCost m = (RooflineCost) BatchProfileReader.read(FILE, """
                {"type": "roofline", "name": "tiny",
                 "model": {"name": "tiny-lm", "params": 1e8, "layers": 4, "hidden": 512, "heads": 8},
                 "gpu": "h100-sxm"}
                """);
        assertThat(m.name()).isEqualTo("tiny");
        assertThat(m.model()).isEqualTo(new ModelSpec("tiny-lm", 100_000_000L, 4, 512, 8, 8, 2));
        assertThat(m.gpu()).isEqualTo(GpuSpec.H100_SXM);
        assertThat(m.mbu()).isEqualTo(1);
    }

    @Test
    void affineProfileOverridesTheStepPreset() {
        AffineCost m = (AffineCost) BatchProfileReader.read(FILE, """
                {"type": "affine", "preset": "step-10ms", "floor": 5, "swapPerBlock": 0.5}
                """);
        assertThat(m.name()).isEqualTo("batch");
        assertThat(m.floor()).isEqualTo(5);
        assertThat(m.perToken()).isEqualTo(0.025);
        assertThat(m.swapPerBlock()).isEqualTo(0.5);
        AffineCost own = (AffineCost) BatchProfileReader.read(FILE, "{\"type\": \"Affine\", \"c0\": 3}");
        assertThat(own.c0()).isEqualTo(3);
        assertThat(own.floor()).isZero();
    }

    @Test
    void profileErrorsNameFileLineAndField() {
        assertThat(profileError("{\"type\": \"roofline\",\n \"model\": \"llama-9b\", \"gpu\": \"a100-80gb\"}", 2,
                "model").getMessage()).contains("unknown model preset \"llama-9b\"", "llama-2-7b");
        assertThat(profileError("{\"type\": \"roofline\", \"model\": \"llama-2-7b\",\n \"gpu\": {\"preset\": \"v100\"}}",
                2, "gpu.preset").getMessage()).contains("unknown GPU preset", "h100-sxm");
        assertThat(profileError("{\"type\": \"roofline\", \"model\": {\"preset\": \"llama-2-7b\",\n \"kvHeads\": 2.5},"
                + " \"gpu\": \"a100-80gb\"}", 2, "model.kvHeads").getMessage()).contains("whole number", "2.5");
        profileError("{\"type\": \"roofline\", \"model\": \"llama-2-7b\", \"gpu\": \"a100-80gb\",\n \"mfu\": 0}", 2, "mfu");
        profileError("{\"type\": \"roofline\", \"model\": \"llama-2-7b\", \"gpu\": \"a100-80gb\",\n \"mbu\": \"high\"}", 2,
                "mbu");
        profileError("{\"type\": \"roofline\", \"gpu\": \"a100-80gb\"}", 1, "model");
        profileError("{\"type\": \"roofline\", \"model\": 7, \"gpu\": \"a100-80gb\"}", 1, "model");
        assertThat(profileError("{\"type\": \"roofline\",\n \"model\": {\"layers\": 2, \"hidden\": 64, \"heads\": 4},"
                + " \"gpu\": \"a100-80gb\"}", 2, "model.params").getMessage()).contains("without a preset");
        assertThat(profileError("{\"type\": \"roofline\", \"model\": \"llama-2-7b\",\n \"gpu\": {\"peakFlops\": 1e12}}",
                2, "gpu.memoryBandwidth").getMessage()).contains("without a preset");
        profileError("{\"type\": \"roofline\", \"model\": \"llama-2-7b\", \"gpu\": {\"preset\": \"a100-80gb\",\n"
                + " \"peakFlops\": -1}}", 2, "gpu.peakFlops");
        assertThat(profileError("{\"type\": \"roofline\", \"model\": {\"preset\": \"llama-2-7b\",\n \"heads\": 30},"
                + " \"gpu\": \"a100-80gb\"}", 1, "model").getMessage()).contains("multiple of heads");
    }

    @Test
    void profileStructureErrors() {
        assertThat(profileError("{\"floor\": 1}", 1, "type").getMessage()).contains("affine", "roofline");
        profileError("{\"type\": \"linear\"}", 1, "type");
        assertThat(profileError("{\"type\": \"affine\",\n \"slope\": 1}", 2, "slope").getMessage())
                .contains("an affine profile has only");
        assertThat(profileError("{\"type\": \"affine\",\n \"per_token\": 1}", 2, "per_token").getMessage())
                .contains("did you mean perToken");
        profileError("{\"type\": \"affine\", \"floor\": 1,\n \"floor\": 2}", 2, "floor");
        profileError("{\"type\": \"affine\",\n \"floor\": -3}", 2, "floor");
        profileError("{\"type\": \"affine\"}", 1, null);
        assertThat(profileError("{\"type\": \"affine\", \"perContext\": 1}", 1, null).getMessage()).contains("no time");
        profileError("{\"type\": \"affine\", \"preset\": \"step-5ms\"}", 1, "preset");
        assertThat(profileError("{\"type\": \"affine\",\n \"floor\": 1 2}", 2, "floor").getMessage())
                .contains("malformed JSON");
        profileError("", 0, null);
        profileError("[1]", 1, null);
        profileError("{\"type\": \"affine\", \"floor\": 1} {}", 1, null);
        assertThat(profileError("{\"type\": \"affine\",\n \"floor\": 1e999}", 2, "floor").getMessage()).contains("finite");
    }

    @Test
    void theDocumentedExampleProfilesAreValid() {
        RooflineCost r = (RooflineCost) BatchCostModels.parse("docs/examples/roofline-llama-2-7b-a100-derated.json", "ms");
        assertThat(r.name()).isEqualTo("llama-2-7b-a100-derated");
        assertThat(r.mbu()).isEqualTo(0.8);
        assertThat(r.swapTimePerBlock(16)).isCloseTo(0.336, within(0.001));
        AffineCost a = (AffineCost) BatchCostModels.parse("docs/examples/affine-step-5ms.json", "ms");
        assertThat(a.floor()).isEqualTo(5);
        assertThat(a.perToken()).isEqualTo(0.025);
        assertThat(BatchCostModels.isBatchSpec("docs/examples/affine-step-5ms.json")).isTrue();
    }

    @Test
    void profileErrorsFromAFileNameTheFile() throws IOException {
        Path f = write("big.json", "{\"type\": \"roofline\", \"model\": \"llama-2-13b\",\n \"gpu\": \"a100-40gb\",\n"
                + " \"util\": 0.5}");
        InputException e = InputErrors.expect(() -> BatchCostModels.parse(f.toString(), "ms"), f.toString(), 1, null);
        assertThat(e.getMessage()).contains("do not fit");
        String d = dir.toString();
        assertThat(InputErrors.expect(() -> BatchCostModels.parse(d, "ms"), d, 0, null).getMessage())
                .contains("directory");
    }
}
