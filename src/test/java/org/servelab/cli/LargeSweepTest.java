package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep says how big it is before it starts, and a very big one needs --yes or shards. */
class LargeSweepTest {

    @TempDir
    Path dir;

    @Test
    void aSweepOfMillionsOfRunsStopsBeforeStartingAndSuggestsShards() {
        Path out = dir.resolve("big");
        Cli cli = Cli.run("sweep", "--queues", "1:64:1", "--quantum-rate", "1:100:1", "--load", "0.1:0.9:0.1",
                "--seeds", "150", "--out", out.toString());
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(cli.err.strip()).as("one line").doesNotContain("\n");
        assertThat(cli.err).contains("8,641,350 runs of 2,000 jobs").contains("--yes").contains("--shard");
        assertThat(out).as("nothing created").doesNotExist();
    }

    @Test
    void aSmallSweepSaysItsSizeAndRuns() {
        Cli cli = Cli.run("sweep", "--policy", "fcfs", "--load", "0.5", "--seeds", "2", "--jobs", "50", "--no-plots",
                "--out", dir.resolve("small").toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.err).contains("sweep: 2 runs of 50 jobs; roughly 1 s");
    }
}
