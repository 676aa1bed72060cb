package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code servelab batch}: offline batch runs, their results files, and one clear line for each bad value. */
class BatchCommandTest {

    @TempDir
    Path dir;

    private static void badInput(Cli cli, String line) {
        assertThat(cli.exitCode).as(cli.out + cli.err).isEqualTo(2);
        assertThat(cli.err.lines().toList()).as("one line").containsExactly(line);
        assertThat(cli.out).isEmpty();
    }

    @Test
    void sideBySideOnTheBuiltInAlpacaLengths() {
        Cli cli = Cli.run("batch", "--jobs", "256", "--strategy", "vanilla,max4+vbs+fcr,noisy:0.4+vbs+fcr",
                "--cost-model", "step-10ms");
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("256 queries of alpaca-val-10k-lengths (sampled with seed 6, prompts 60 tokens)")
                .contains("cost model step-10ms").contains("vanilla  max4+vbs+fcr  noisy:0.4+vbs+fcr")
                .contains("effective tokens (%)").contains("failure ratio (%)").contains("re-run in");
    }

    @Test
    void resultsFilesHoldEveryBatchAndTheTraceCarriesPredictions() throws IOException {
        Path json = dir.resolve("r.json");
        Path csv = dir.resolve("r.csv");
        Path trace = dir.resolve("queries.csv");
        Cli cli = Cli.run("batch", "--jobs", "100", "--strategy", "vanilla,noisy:0.6+vbs+fcr", "--results",
                json.toString(), "--results-csv", csv.toString(), "--write-trace", trace.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        JsonNode runs = new ObjectMapper().readTree(json.toFile()).get("runs");
        assertThat(runs).hasSize(2);
        JsonNode seq = runs.get(1);
        assertThat(seq.get("strategy").asText()).isEqualTo("noisy:0.6+vbs+fcr");
        assertThat(seq.get("summary").get("failures").asInt()).isPositive();
        assertThat(seq.get("batches").get(0).get("kind").asText()).isEqualTo("predict");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("strategy,index,group,kind,size,cap,length,start,time,members,failed");
        assertThat(rows).anyMatch(r -> r.contains(",rerun,"));
        List<String> t = Files.readAllLines(trace, StandardCharsets.UTF_8);
        assertThat(t.get(0)).isEqualTo("input_length,output_length,id,predicted");
        assertThat(t).hasSize(101);

        Cli again = Cli.run("batch", "--trace", trace.toString(), "--strategy", "trace+vbs+fcr", "--cost-model",
                "step-10ms");
        assertThat(again.exitCode).as(again.err).isZero();
        assertThat(again.out).contains("100 queries of queries (in order)");
    }

    @Test
    void theTablePrintsThePapersRowsBesideOurs() throws IOException {
        Cli cli = Cli.run("batch", "table", "--sigma", "0.2,0.4", "--spread-seeds", "3", "--out", dir.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("fitted on the vanilla and max4 rows only")
                .contains("vanilla                            1.39 / 1.39*")
                .contains("0.4 <- paper-like").contains("the paper ");
        assertThat(Files.size(dir.resolve(org.servelab.seqsched.TableFigure.FILE))).isPositive();
        assertThat(Files.readAllLines(dir.resolve("sigma.csv"))).hasSize(3);
    }

    @Test
    void beyondThePaperPrintsBothStudiesAndDrawsThem() throws IOException {
        Cli cli = Cli.run("batch", "online", "--jobs", "128", "--qps", "1,3", "--seeds", "1", "--batch-sizes", "8,16",
                "--out", dir.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("cost model affine:c0=").contains("sjf (noisy:0.4)").contains("srpt (oracle)")
                .contains("continuous: fcfs");
        assertThat(Files.size(dir.resolve(org.servelab.seqsched.BeyondFigures.ONLINE_FILE))).isPositive();
        assertThat(Files.readAllLines(dir.resolve("capacity.csv"))).hasSize(11);
        badInput(Cli.run("batch", "online", "--qps", "0"), "servelab: --qps: must be positive, got 0");
    }

    @Test
    void badValuesAreOneLine() throws IOException {
        badInput(Cli.run("batch", "--batch-size", "0"), "servelab: --batch-size: must be at least 1, got 0");
        badInput(Cli.run("batch", "--strategy", "noisy:-0.5"),
                "servelab: --strategy: noisy:SIGMA needs a SIGMA >= 0, got -0.5");
        badInput(Cli.run("batch", "--jobs", "20000"),
                "servelab: --jobs: 20000 queries asked, but alpaca-val-10k-lengths has only 10000");
        badInput(Cli.run("batch", "--cost-model", "per-job"), "servelab: --cost-model: offline batches need a cost "
                + "model that prices whole batches (step-10ms, affine:..., roofline:MODEL@GPU or a batch profile); "
                + "per-job prices each job by its own times");
        badInput(Cli.run("batch", "table", "--sigma", "-1,0.4"), "servelab: --sigma: SIGMA must be a number >= 0, got -1");
        Path trace = dir.resolve("p.csv");
        Files.writeString(trace, "input_length,output_length,predicted\n10,40,50\n10,30,about 40\n");
        badInput(Cli.run("batch", "--trace", trace.toString(), "--strategy", "trace"), "servelab: " + trace
                + ", line 3: field predicted: must be a number, got \"about 40\" (job J2)");
        Files.writeString(trace, "input_length,output_length\n10,40\n");
        badInput(Cli.run("batch", "--trace", trace.toString(), "--strategy", "max4+vbs"), "servelab: --strategy: max4 "
                + "needs four sampled lengths per query (the Alpaca lengths file has them); p has none");
    }

    @Test
    void aFailedRunLeavesExistingFilesAlone() throws IOException {
        Path json = dir.resolve("r.json");
        Files.writeString(json, "keep");
        Cli cli = Cli.run("batch", "--strategy", "psychic", "--results", json.toString());
        assertThat(cli.exitCode).isEqualTo(2);
        assertThat(Files.readString(json)).isEqualTo("keep");
    }

    @Test
    void runRanksSjfAndSrptByPredictedLengths() {
        Cli cli = Cli.run("run", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "fcfs,sjf,srpt",
                "--predictor", "noisy:0.5", "--max-batch", "8", "--arrivals", "poisson", "--arrival-rate", "20");
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("sjf (continuous batching, fewest predicted output tokens admitted first, "
                + "predicted by noisy:0.5;").doesNotContain("oracle");
        badInput(Cli.run("run", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "fcfs", "--predictor",
                "noisy:0.5"), "servelab: --predictor: only sjf and srpt rank by length; name one of them in --policy");
        badInput(Cli.run("run", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "sjf", "--predictor",
                "trace"), "servelab: --predictor: trace needs a predicted length for every query; orca-appendix-b: J1 "
                + "has none");
    }
}
