package org.servelab.ui.files;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.InputException;

/** The window's reader refuses what the simulation cannot represent, naming the file, line and field. */
class TraceFilesTest {

    @TempDir
    Path dir;

    @Test
    void absurdTimesAreRefusedWithFileLineAndField() throws Exception {
        Path arrival = Files.writeString(dir.resolve("arrival.json"), "{\"jobs\": [\n"
                + "{\"id\": \"A\", \"arrival\": 1e308, \"promptTokens\": 1, \"outputTokens\": 1}]}");
        assertThatThrownBy(() -> TraceFiles.load(arrival)).isInstanceOf(InputException.class)
                .hasMessageContaining("arrival.json, line 2").hasMessageContaining("arrival");
        Path twoJobs = Files.writeString(dir.resolve("two.json"), "{\"jobs\": [\n"
                + "{\"id\": \"A\", \"outputTokens\": 1, \"prefillTime\": 2e9, \"decodeTime\": 1},\n"
                + "{\"id\": \"B\", \"outputTokens\": 1, \"prefillTime\": 2e9, \"decodeTime\": 1}]}");
        assertThatThrownBy(() -> TraceFiles.load(twoJobs)).isInstanceOf(InputException.class)
                .hasMessageContaining("two.json").hasMessageContaining("job B");
    }
}
