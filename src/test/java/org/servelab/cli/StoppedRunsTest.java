package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code servelab run} in a process of its own, stopped from outside: by SIGTERM (Ctrl-C is the same for the
 * JVM), by kill -9, and by a reader that closes the pipe it prints into.
 */
class StoppedRunsTest {

    static final String DATASET = "sample-traces/orca-appendix-b.csv";

    @TempDir
    Path dir;

    static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.servelab.Launcher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("stderr.txt")).sorted().toList();
        }
    }

    private boolean awaitTemporaryFiles(int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (names().stream().filter(n -> n.endsWith(".tmp")).count() >= count) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A real-time run of the 99-job dataset: 92 s of simulated service, so it is still running when stopped. */
    private Process slowRun(Path tokens, Path results) throws IOException {
        return start(dir, "run", "--trace", DATASET, "--engine", "threads", "--speed", "1",
                "--token-log", tokens.toString(), "--results", results.toString());
    }

    @Test
    void sigtermRemovesTheTemporaryFilesAndLeavesTheOldOutputs() throws Exception {
        Path tokens = dir.resolve("tokens.csv");
        Path results = dir.resolve("results.json");
        Files.writeString(results, "precious");
        Process p = slowRun(tokens, results);
        assertThat(awaitTemporaryFiles(2)).as("temporary files appear; %s", names()).isTrue();

        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(names()).containsExactly("results.json");
        assertThat(Files.readString(results)).isEqualTo("precious");
    }

    @Test
    void theTemporaryFilesOfAKilledRunAreSweptByTheNextWrite() throws Exception {
        Path tokens = dir.resolve("tokens.csv");
        Path results = dir.resolve("results.json");
        Process p = slowRun(tokens, results);
        assertThat(awaitTemporaryFiles(2)).isTrue();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(names()).as("kill -9 leaves them").hasSize(2).allMatch(n -> n.endsWith(".tmp"));

        Cli cli = Cli.run("run", "--trace", "sample-traces/figure-6c.json", "--token-log", tokens.toString(),
                "--results", results.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(names()).containsExactly("results.json", "tokens.csv");
    }

    @Test
    void aConsoleTokenLogStopsQuietlyWhenItsReaderGoesAway() throws Exception {
        Path big = dir.resolve("big.csv");
        StringBuilder csv = new StringBuilder("input_length,output_length\n");
        for (int j = 0; j < 20_000; j++) {
            csv.append(16).append(',').append(2000).append('\n');
        }
        Files.writeString(big, csv);
        Process p = start(dir, "run", "--trace", big.toString(), "--policy", "fcfs", "--token-log", "-");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo(TokenLogSink.HEADER);
            assertThat(out.readLine()).startsWith("fcfs,");
            assertThat(out.readLine()).startsWith("fcfs,");
        }
        boolean stopped = p.waitFor(20, TimeUnit.SECONDS);
        if (!stopped) {
            p.destroyForcibly();
        }
        assertThat(stopped).as("stops at the closed pipe instead of simulating 40 million tokens").isTrue();
        assertThat(p.exitValue()).as("as a tool killed by SIGPIPE").isEqualTo(ErrorHandler.STDOUT_CLOSED);
        assertThat(Files.readString(dir.resolve("stderr.txt"))).as("quietly").isEmpty();
    }
}
