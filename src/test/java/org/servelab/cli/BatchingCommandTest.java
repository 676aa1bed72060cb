package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} with batches: options, results, and one clear line for each bad value. */
class BatchingCommandTest {

    private static final String FIGURE_6 = "sample-traces/figure-6c.json";

    @TempDir
    Path dir;

    @Test
    void figureSixAtBatchTwoPrintsTheBatchingTable() {
        Cli cli = Cli.run("run", "--trace", FIGURE_6, "--policy", "fcfs,skip-join-mlfq", "--max-batch", "2");
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("max batch 2").contains("mean batch size").contains("KV use peak");
        assertThat(cli.out).containsPattern("average JCT\\s+7\\s+5\\n");
    }

    @Test
    void withoutBatchingOptionsTheOutputIsTheBatchSizeOneEngines() {
        Cli cli = Cli.run("run", "--trace", FIGURE_6, "--policy", "fcfs,skip-join-mlfq");
        assertThat(cli.out).doesNotContain("mean batch size").doesNotContain("max batch");
        assertThat(cli.out).containsPattern("average JCT\\s+8\\.333\\s+6\\.667\\n");
    }

    @Test
    void staticAloneTurnsBatchingOn() {
        Cli cli = Cli.run("run", "--trace", FIGURE_6, "--policy", "static");
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("static (request-level batches of up to 256");
        assertThat(cli.out).containsPattern("average JCT\\s+6\\n");
    }

    @Test
    void resultsCarryTheBatchingMetrics() throws IOException {
        Path json = dir.resolve("r.json");
        Path csv = dir.resolve("r.csv");
        Cli cli = Cli.run("run", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "fcfs", "--max-batch", "8",
                "--kv-blocks", "150", "--max-waiting", "40", "--arrivals", "poisson", "--arrival-rate", "20",
                "--results", json.toString(), "--results-csv", csv.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        JsonNode run = new ObjectMapper().readTree(json.toFile()).get("runs").get(0);
        JsonNode s = run.get("summary");
        int dropped = s.get("droppedJobs").asInt();
        assertThat(dropped).as("jobs dropped by the waiting limit").isPositive();
        assertThat(s.get("jobs").asInt()).as("served jobs").isEqualTo(99 - dropped);
        assertThat(s.get("kvPeakUse").asDouble()).isBetween(0.5, 1.0);
        assertThat(s.get("meanBatchSize").asDouble()).isBetween(1.0, 8.0);
        assertThat(s.get("tpot").get("mean").asDouble()).isPositive();
        long droppedRows = 0;
        for (JsonNode j : run.get("jobs")) {
            if (j.get("dropped").asBoolean()) {
                droppedRows++;
                assertThat(j.get("finish").isNull()).as("a dropped job has no finish").isTrue();
            }
        }
        assertThat(droppedRows).isEqualTo(dropped);
        String text = Files.readString(csv);
        assertThat(text.lines().findFirst().orElseThrow()).endsWith("queueingDelay,preemptions,truncated,dropped");
        assertThat(text).doesNotContain("NaN");
        assertThat(text.lines().filter(l -> l.endsWith(",true")).count()).isEqualTo(dropped);
    }

    @Test
    void outputCapTruncates() {
        Cli cli = Cli.run("run", "--trace", FIGURE_6, "--policy", "fcfs", "--max-output", "1");
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).containsPattern("truncated jobs\\s+3\\n");
    }

    void assertBad(String fragment, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "run";
        all[1] = "--trace";
        all[2] = "sample-traces/orca-appendix-b.csv";
        all[3] = "--per-job=never";
        System.arraycopy(args, 0, all, 4, args.length);
        Cli cli = Cli.run(all);
        assertThat(cli.exitCode).as(cli.out).isEqualTo(2);
        assertThat(cli.err.strip()).as("one line").doesNotContain("\n").startsWith("servelab: ").contains(fragment);
        assertThat(cli.err).doesNotContain("Exception");
    }

    @Test
    void badBatchingValuesGetOneClearLine() {
        assertBad("--max-batch", "--max-batch", "0");
        assertBad("--max-batch", "--max-batch", "-3");
        assertBad("--max-batch", "--max-batch", "many");
        assertBad("--max-batch-tokens", "--max-batch-tokens", "0");
        assertBad("--kv-blocks", "--kv-blocks", "-1");
        assertBad("--block-size", "--block-size", "0");
        assertBad("--timeout", "--timeout", "0");
        assertBad("--max-output", "--max-output", "0");
        assertBad("--batching", "--batching", "eager");
        assertBad("--preemption", "--preemption", "kill");
        assertBad("--swap-blocks", "--swap-blocks", "10");
        assertBad("--accounting", "--max-batch", "4", "--accounting", "tokens");
        assertBad("--policy", "--max-batch", "4", "--policy", "lifo");
    }

    @Test
    void aJobThatCanNeverFitIsNamed() {
        assertBad("job J9 needs 64 KV blocks", "--kv-blocks", "60");
    }
}
