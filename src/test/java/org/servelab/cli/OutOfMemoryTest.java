package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of memory is bad input too: one line, exit 2, no output left behind. */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aTraceTooBigForTheHeapGetsOneLineAndNoOutput() throws Exception {
        Path trace = dir.resolve("big.json");
        Cli gen = Cli.run("gen", "--jobs", "200000", "--rate", "50", "--out", trace.toString());
        assertThat(gen.exitCode).as(gen.err).isZero();
        Path results = dir.resolve("results.json");
        Files.writeString(results, "{\"precious\": true}");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                "org.servelab.Launcher", "run", "--trace", trace.toString(), "--policy", "fcfs", "--results",
                results.toString())).redirectOutput(new File(dir.resolve("out.txt").toString()))
                .redirectError(new File(dir.resolve("err.txt").toString())).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err).startsWith("servelab: out of memory on the trace " + trace).contains("MiB heap")
                .contains("-Xmx");
        assertThat(Files.readString(results)).isEqualTo("{\"precious\": true}");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void theMessageNamesWhatTheCommandWasWorkingOn() {
        String m = OutOfMemory.message(new String[] {"sweep", "--jobs=2000000000", "--out", "x"}, 1L << 30);
        assertThat(m).contains("--jobs 2000000000").contains("1024 MiB heap").contains("-Xmx4g");
    }
}
