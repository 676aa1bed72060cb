package org.servelab.workload.io;

import org.servelab.cost.CostModel;
import org.servelab.cost.ProfileCostModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.InputException;

class CostModelsTest {

    private static final String FILE = "profiles/gpu.json";

    @TempDir
    Path dir;

    private static InputException error(ThrowingCallable call, String source, int line, String field) {
        InputException e = catchThrowableOfType(InputException.class, call);
        assertThat(e).as("an InputException").isNotNull();
        assertThat(e.source()).as(e.getMessage()).isEqualTo(source);
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(source).doesNotContain("\n");
        if (field != null) {
            assertThat(e.getMessage()).contains(field);
        }
        return e;
    }

    private static InputException profileError(String text, int line, String field) {
        return error(() -> CostModels.readProfile(FILE, text), FILE, line, field);
    }

    @Test
    void builtInNameIsCaseInsensitive() {
        CostModel m = CostModels.resolve("OPT-1.3B");
        assertThat(m.name()).isEqualTo("opt-1.3b");
        assertThat(m.prefillTime(157)).isEqualTo(ProfileCostModel.opt13b().prefillTime(157));
        assertThat(CostModels.builtInNames()).containsExactly("opt-1.3b");
    }

    @Test
    void readsAProfileFile() throws IOException {
        Path f = dir.resolve("my-gpu.json");
        Files.writeString(f, """
                {"timeUnit": "us", "inputLengths": [0, 10, 20], "prefill": [2, 7, 12], "decode": [1, 1, 1]}
                """);
        CostModel m = CostModels.resolve(f.toString());
        assertThat(m.name()).isEqualTo("my-gpu");
        assertThat(m.timeUnit()).isEqualTo("us");
        assertThat(m.prefillTime(4)).isCloseTo(4, within(1e-9));
        assertThat(m.decodeTime(1000)).isCloseTo(1, within(1e-9));
    }

    @Test
    void profileNameAndDefaultUnit() {
        ProfileCostModel m = CostModels.readProfile(FILE,
                "{\"name\": \"a100\", \"inputLengths\": [1, 2], \"prefill\": [1, 2], \"decode\": [1, 1]}");
        assertThat(m.name()).isEqualTo("a100");
        assertThat(m.timeUnit()).isEqualTo("ms");
        assertThat(CostModels.readProfile(FILE, "{\"inputLengths\": [1, 2], \"prefill\": [1, 2], \"decode\": [1, 1]}")
                .name()).isEqualTo("gpu");
    }

    @Test
    void unknownNameListsTheBuiltInModels() {
        InputException e = error(() -> CostModels.resolve("opt-13b"), "opt-13b", 0, null);
        assertThat(e.getMessage()).contains("opt-1.3b");
    }

    @Test
    void missingFile() {
        String f = dir.resolve("none.json").toString();
        assertThat(error(() -> CostModels.resolve(f), f, 0, null).getMessage()).contains("file not found", "opt-1.3b");
    }

    @Test
    void blankName() {
        assertThat(catchThrowableOfType(InputException.class, () -> CostModels.resolve(" ")).field())
                .isEqualTo("--cost-model");
    }

    @Test
    void directory() {
        String d = dir.toString();
        assertThat(error(() -> CostModels.resolve(d), d, 0, null).getMessage()).contains("directory");
    }

    @Test
    void arraysOfDifferentLengths() {
        assertThat(profileError("""
                {"inputLengths": [1, 4, 16],
                 "prefill": [5, 6],
                 "decode": [1, 1, 1]}
                """, 2, "prefill").getMessage()).contains("2 values", "3");
    }

    @Test
    void fewerThanTwoPoints() {
        profileError("{\"inputLengths\": [1],\n \"prefill\": [5], \"decode\": [1]}", 1, "inputLengths");
    }

    @Test
    void fewerThanTwoDistinctLengths() {
        assertThat(profileError("{\"inputLengths\": [4, 4], \"prefill\": [5, 6], \"decode\": [1, 1]}", 1, "inputLengths")
                .getMessage()).contains("distinct");
    }

    @Test
    void nonPositiveOrNonNumericValues() {
        profileError("{\"inputLengths\": [1, 4],\n \"prefill\": [5,\n 0], \"decode\": [1, 1]}", 3, "prefill[1]");
        profileError("{\"inputLengths\": [1, 4], \"prefill\": [5, 6],\n \"decode\": [-1, 1]}", 2, "decode[0]");
        profileError("{\"inputLengths\": [1, 4], \"prefill\": [5, 6],\n \"decode\": [\"x\", 1]}", 2, "decode[0]");
        profileError("{\"inputLengths\": [-1, 4], \"prefill\": [5, 6], \"decode\": [1, 1]}", 1, "inputLengths[0]");
        profileError("{\"inputLengths\": [1, 4], \"prefill\": 5, \"decode\": [1, 1]}", 1, "prefill");
    }

    @Test
    void missingArray() {
        profileError("{\"inputLengths\": [1, 4],\n \"prefill\": [5, 6]}", 1, "decode");
    }

    @Test
    void unknownFieldAndBadUnit() {
        profileError("{\"inputLengths\": [1, 4], \"prefill\": [5, 6], \"decode\": [1, 1],\n \"first\": [1]}", 2, "first");
        profileError("{\"timeUnit\": \"h\", \"inputLengths\": [1, 4], \"prefill\": [5, 6], \"decode\": [1, 1]}", 1,
                "timeUnit");
    }

    @Test
    void malformedJson() {
        InputException e = profileError("{\"inputLengths\": [1, 4],\n \"prefill\": [5 6]}", 2, null);
        assertThat(e.getMessage()).contains("malformed JSON").doesNotContain("Source");
        profileError("", 0, null);
    }

    @Test
    void errorsFromAFileNameTheFile() throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"inputLengths\": [1, 4], \"prefill\": [5, 6], \"decode\": [1]}");
        error(() -> CostModels.resolve(f.toString()), f.toString(), 1, "decode");
    }
}
