package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A UTF-8 byte order mark is accepted at the start of a JSON trace or profile, as it is in a CSV. */
class ByteOrderMarkTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @Test
    void jsonTraceAndBatchProfileWithAByteOrderMark() throws IOException {
        Path trace = write("bom.json", "{\"jobs\": [{\"id\": \"A\", \"arrival\": 0, \"promptTokens\": 1, "
                + "\"outputTokens\": 2, \"prefillTime\": 1, \"decodeTime\": 1}]}");
        Path profile = write("affine.json", "{\"type\": \"affine\", \"floor\": 10, \"perToken\": 0.025}");
        Cli plain = Cli.run("run", "--trace", trace.toString(), "--policy", "fcfs");
        assertThat(plain.exitCode).as(plain.err).isZero();
        assertThat(plain.out).containsPattern("average JCT\\s+2\\n");
        Cli batched = Cli.run("run", "--trace", trace.toString(), "--policy", "fcfs", "--cost-model", profile.toString());
        assertThat(batched.exitCode).as(batched.err).isZero();
        assertThat(batched.out).containsPattern("average JCT\\s+20\\n");
    }
}
