package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exercise as a user runs it: threads paced in real time by default, tables in a user's words. */
class ExerciseCommandTest {

    @TempDir
    Path dir;

    /** One job of 0.3 s in a trace measured in seconds. */
    private Path slowJob() throws IOException {
        Path t = dir.resolve("slow.json");
        Files.writeString(t, "{\"timeUnit\": \"s\", \"jobs\": [{\"id\": \"A\", \"arrival\": 0, \"promptTokens\": 1, "
                + "\"outputTokens\": 3, \"prefillTime\": 0.1, \"decodeTime\": 0.1}]}");
        return t;
    }

    @Test
    void threadsSleepThroughIterationsInRealTimeByDefault() throws IOException {
        Path trace = slowJob();
        long start = System.nanoTime();
        Cli cli = Cli.run("run", "--trace", trace.toString(), "--policy", "fcfs", "--engine", "threads");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(seconds).as("three iterations of 0.1 s, slept through").isGreaterThanOrEqualTo(0.29);
    }

    @Test
    void speedMaxRunsTheThreadsUnpacedWithTheSameResults() throws IOException {
        Path trace = slowJob();
        Cli paced = Cli.run("run", "--trace", trace.toString(), "--policy", "fcfs", "--engine", "threads",
                "--speed", "10");
        Cli unpaced = Cli.run("run", "--trace", trace.toString(), "--policy", "fcfs", "--engine", "threads",
                "--speed", "max");
        assertThat(unpaced.exitCode).as(unpaced.err).isZero();
        assertThat(unpaced.out).isEqualTo(paced.out);
    }

    @Test
    void theFigureSixTableShowsTheTimesTheTraceGives() {
        Cli cli = Cli.run("run", "--trace", "sample-traces/figure-6c.json", "--policy", "fcfs");
        assertThat(cli.out).contains("iteration times given in the trace");
        assertThat(cli.out).containsPattern("job\\s+arrival\\s+prefill\\s+decode\\s+tokens\\s+service");
        assertThat(cli.out).doesNotContain("prompt").doesNotContain("explicit");
    }

    @Test
    void aCostModelTableShowsThePromptItPriced() {
        Cli cli = Cli.run("run", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "fcfs", "--per-job=always");
        assertThat(cli.out).contains("iteration times from opt-1.3b");
        assertThat(cli.out).containsPattern("job\\s+arrival\\s+prompt\\s+tokens\\s+service");
    }
}
