package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one line naming the problem, a non-zero exit, and leaves files alone. */
class BadInputTest {

    @TempDir
    Path dir;

    Path results;

    @BeforeEach
    void existingResults() throws IOException {
        results = dir.resolve("results.json");
        Files.writeString(results, "{\"precious\": true}");
    }

    Cli runOn(String traceText, String name, String... extra) throws IOException {
        Path trace = dir.resolve(name);
        Files.writeString(trace, traceText);
        String[] base = {"run", "--trace", trace.toString(), "--results", results.toString(), "--results-csv",
            dir.resolve("r.csv").toString(), "--token-log", dir.resolve("t.csv").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    void assertFailedCleanly(Cli cli, String... fragments) throws IOException {
        assertThat(cli.exitCode).isNotZero();
        assertThat(cli.err.strip()).as("one line").doesNotContain("\n").startsWith("servelab: ");
        assertThat(cli.err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.err).contains(fragments);
        assertThat(Files.readString(results)).isEqualTo("{\"precious\": true}");
        assertThat(dir.resolve("r.csv")).doesNotExist();
        assertThat(dir.resolve("t.csv")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).as("temporary files").isEmpty();
        }
    }

    @Test
    void malformedJson() throws IOException {
        Cli cli = runOn("{\"jobs\": [\n {\"id\": \"A\", \"outputTokens\": 2, \"promptTokens\": 3},\n {\"id\": ]\n}",
                "broken.json");
        assertFailedCleanly(cli, "broken.json", "line 3");
    }

    @Test
    void csvRowWithAMissingField() throws IOException {
        assertFailedCleanly(runOn("input_length,output_length\n10,5\n12,\n", "missing.csv"),
                "missing.csv", "line 3", "output_length");
    }

    @Test
    void csvRowWithANegativeField() throws IOException {
        assertFailedCleanly(runOn("input_length,output_length\n10,5\n-12,4\n", "negative.csv"),
                "negative.csv", "line 3", "input_length");
    }

    @Test
    void csvRowWithANonNumericField() throws IOException {
        assertFailedCleanly(runOn("input_length,output_length\n10,5\n12,lots\n", "text.csv"),
                "text.csv", "line 3", "output_length");
    }

    @Test
    void zeroOrNegativeRate() throws IOException {
        String csv = "input_length,output_length\n10,5\n";
        assertFailedCleanly(runOn(csv, "ok.csv", "--arrivals", "fixed", "--arrival-rate", "0"), "--arrival-rate");
        assertFailedCleanly(runOn(csv, "ok.csv", "--arrivals", "poisson", "--arrival-rate", "-2"), "--arrival-rate");
    }

    @Test
    void unknownPolicy() throws IOException {
        assertFailedCleanly(runOn("input_length,output_length\n10,5\n", "ok.csv", "--policy", "fcfs,lottery"),
                "--policy", "lottery");
    }

    @Test
    void missingFile() throws IOException {
        Cli cli = Cli.run("run", "--trace", dir.resolve("nowhere.json").toString(), "--results", results.toString());
        assertFailedCleanly(cli, "nowhere.json", "not found");
    }

    @Test
    void badParameters() throws IOException {
        String csv = "input_length,output_length\n10,5\n";
        assertFailedCleanly(runOn(csv, "ok.csv", "--queues", "0"), "--queues");
        assertFailedCleanly(runOn(csv, "ok.csv", "--quantum", "0"), "--quantum");
        assertFailedCleanly(runOn(csv, "ok.csv", "--quantum-rate", "0.5"), "--quantum-rate");
        assertFailedCleanly(runOn(csv, "ok.csv", "--accounting", "bananas"), "--accounting");
        assertFailedCleanly(runOn(csv, "ok.csv", "--engine", "threads", "--speed", "0"), "--speed");
    }

    @Test
    void resultsIntoAMissingDirectoryFailBeforeAnythingIsWritten() throws IOException {
        Path trace = dir.resolve("ok.csv");
        Files.writeString(trace, "input_length,output_length\n10,5\n");
        Cli cli = Cli.run("run", "--trace", trace.toString(), "--results", results.toString(), "--results-csv",
                dir.resolve("no/such/dir/r.csv").toString());
        assertThat(cli.exitCode).isNotZero();
        assertThat(cli.err).contains("no/such/dir");
        assertThat(Files.readString(results)).isEqualTo("{\"precious\": true}");
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        Path trace = dir.resolve("ok.csv");
        Files.writeString(trace, "input_length,output_length\n10,5\n");
        Cli cli = Cli.run("run", "--trace", trace.toString(), "--policy", "nope", "--debug");
        assertThat(cli.exitCode).isNotZero();
        assertThat(cli.err).contains("\tat ");
    }

    @Test
    void anUnknownOptionIsOneLineNotTheWholeHelp() {
        Cli cli = Cli.run("run", "--trace", "x.json", "--polcy", "fcfs");
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(cli.err.strip()).doesNotContain("\n").contains("--polcy").contains("servelab help run");
    }

    @Test
    void anOutputNamedTwiceOrTheInputItselfIsRefused() throws IOException {
        Path trace = dir.resolve("ok.csv");
        Files.writeString(trace, "input_length,output_length\n10,5\n");
        Cli twice = Cli.run("run", "--trace", trace.toString(), "--results", results.toString(), "--results-csv",
                results.toString());
        assertThat(twice.exitCode).isEqualTo(2);
        assertThat(twice.err).contains("--results-csv");
        assertThat(Files.readString(results)).isEqualTo("{\"precious\": true}");

        Cli input = Cli.run("run", "--trace", trace.toString(), "--results", trace.toString());
        assertThat(input.exitCode).isEqualTo(2);
        assertThat(input.err).contains("input trace");
        assertThat(Files.readString(trace)).isEqualTo("input_length,output_length\n10,5\n");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
