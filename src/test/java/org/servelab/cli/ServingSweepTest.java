package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.experiment.SweepCsv;
import org.servelab.experiment.SweepRow;

/** Batching sweeps on the command line: grid size, the serving columns, losses, ITL, order and bad values. */
class ServingSweepTest {

    private static final String COST = "roofline:llama-2-7b@a100-80gb";

    @TempDir
    Path dir;

    private List<SweepRow> sweep(String name, String... args) throws IOException {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("sweep", "--out", out.toString(), "--no-plots", "--seeds", "1"));
        all.addAll(List.of(args));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exitCode).as(r.err).isZero();
        return SweepCsv.read(out.resolve("results.csv"));
    }

    @Test
    void everyCombinationRunsAndTheCsvRoundTrips() throws IOException {
        List<SweepRow> rows = sweep("grid", "--lengths", "alpaca", "--jobs", "60", "--arrivals", "fixed",
                "--policy", "fcfs,skip-join-mlfq", "--rate", "2,8", "--max-batch", "1,8", "--batching", "chunked,prefill-first",
                "--order", "as-is,desc", "--cost-model", COST);
        // per workload point: fcfs 2 batches x 2 modes + skip-join 2 batches = 6; points: 2 orders x 2 rates
        assertThat(rows).hasSize(24);
        assertThat(rows).allMatch(r -> r.serving() != null && r.costModel().equals(COST));
        assertThat(rows).filteredOn(r -> r.config().policy().equals("skip-join-mlfq")).allMatch(r -> r.serving().mode().isEmpty());
        String text = SweepCsv.text(rows);
        assertThat(SweepCsv.text(SweepCsv.parse("again", text))).isEqualTo(text);
        assertThat(rows).allMatch(r -> r.metrics().averageItl() > 0 && r.metrics().p99Itl() >= r.metrics().averageItl());
    }

    @Test
    void totalTimeIsFirstSendToLastCompletionAndSendingBoundsIt() throws IOException {
        List<SweepRow> rows = sweep("total", "--lengths", "alpaca", "--jobs", "200", "--arrivals", "fixed",
                "--policy", "fcfs", "--rate", "1,4", "--max-batch", "64", "--cost-model", COST);
        for (SweepRow r : rows) {
            double sendingMs = (200 - 1) / r.rate() * 1000;
            assertThat(r.metrics().totalTime()).isGreaterThan(sendingMs).isLessThan(sendingMs + 60_000);
            assertThat(r.metrics().totalTime()).isEqualTo(r.summary().makespan(), within(1e-6));
            assertThat(r.summary().throughput()).isCloseTo(200 / (r.metrics().totalTime() / 1000), within(1e-3));
        }
    }

    @Test
    void aWaitingLimitLosesRequestsOnlyPastCapacityAndMoreAsQpsGrows() throws IOException {
        List<SweepRow> rows = sweep("lost", "--lengths", "alpaca", "--jobs", "400", "--arrivals", "fixed",
                "--policy", "fcfs", "--rate", "0.5,20,80", "--max-batch", "1", "--max-waiting", "4", "--cost-model", COST);
        assertThat(rows).extracting(r -> r.metrics().lost()).satisfies(lost -> {
            assertThat(lost.get(0)).isZero();
            assertThat(lost.get(1)).isPositive();
            assertThat(lost.get(2)).isGreaterThan(lost.get(1));
        });
        for (SweepRow r : rows) {
            assertThat(r.summary().jobs() + r.metrics().lost()).isEqualTo(400);
        }
    }

    @Test
    void sweepItlMatchesTheRunCommand() throws IOException {
        List<SweepRow> rows = sweep("itl", "--lengths", "alpaca", "--jobs", "80", "--arrivals", "fixed",
                "--policy", "fcfs", "--rate", "20", "--max-batch", "8", "--cost-model", COST);
        Path trace = dir.resolve("t.json");
        assertThat(Cli.run("gen", "--jobs", "80", "--lengths", "alpaca", "--arrivals", "fixed", "--rate", "20",
                "--cost-model", COST, "--out", trace.toString()).exitCode).isZero();
        Cli run = Cli.run("run", "--trace", trace.toString(), "--policy", "fcfs", "--max-batch", "8", "--cost-model", COST);
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(row(run.out, "average ITL")).isCloseTo(rows.get(0).metrics().averageItl(), within(1e-3));
        assertThat(row(run.out, "p99 ITL")).isCloseTo(rows.get(0).metrics().p99Itl(), within(1e-3));
        // more sequences per iteration make each iteration, so each gap, longer
        List<SweepRow> big = sweep("itl64", "--lengths", "alpaca", "--jobs", "80", "--arrivals", "fixed",
                "--policy", "fcfs", "--rate", "1000", "--max-batch", "1,64", "--cost-model", COST);
        assertThat(big.get(1).metrics().p99Itl()).isGreaterThan(big.get(0).metrics().p99Itl());
    }

    @Test
    void descendingOrderFinishesBeforeAscendingWithAFullBatch() throws IOException {
        List<SweepRow> rows = sweep("order", "--lengths", "alpaca", "--jobs", "600", "--arrivals", "fixed",
                "--policy", "fcfs", "--rate", "1000", "--max-batch", "16", "--order", "asc,desc", "--cost-model", COST);
        assertThat(rows).extracting(SweepRow::order).containsExactly("asc", "desc");
        assertThat(rows.get(1).metrics().totalTime()).isLessThan(rows.get(0).metrics().totalTime());
    }

    @Test
    void speculativeSpeedUpFadesAsTheBatchGrows() throws IOException {
        List<SweepRow> rows = sweep("spec", "--lengths", "alpaca", "--jobs", "300", "--arrivals", "fixed",
                "--policy", "fcfs", "--rate", "1000", "--max-batch", "1,256", "--draft-length", "none,4",
                "--acceptance", "0.8", "--cost-model", COST);
        // grid order: batch 1 (none, g=4), batch 256 (none, g=4)
        assertThat(rows).extracting(r -> r.serving().draftLength()).containsExactly(0, 4, 0, 4);
        double atOne = rows.get(0).metrics().averageTpot() / rows.get(1).metrics().averageTpot();
        double atMany = rows.get(2).metrics().averageTpot() / rows.get(3).metrics().averageTpot();
        assertThat(atOne).isGreaterThan(2.5);
        assertThat(atMany).isLessThan(atOne - 0.5);
    }

    @Test
    void batchingShardsMergeIntoTheUnshardedCsvAndTheSpecFileReadsBack() throws IOException {
        String[] grid = {"sweep", "--lengths", "alpaca", "--jobs", "40", "--arrivals", "poisson", "--policy", "fcfs,mlfq",
            "--rate", "4,16", "--max-batch", "2,8", "--max-waiting", "none,4", "--draft-length", "none,2",
            "--acceptance", "0.7", "--cost-model", COST, "--seeds", "1", "--no-plots"};
        Path whole = dir.resolve("whole");
        Cli w = Cli.run(concat(grid, "--out", whole.toString()));
        assertThat(w.exitCode).as(w.err).isZero();
        assertThat(w.out).contains("32 runs (16 policy and batching configurations x 2 workload points)");
        for (int i = 1; i <= 2; i++) {
            Cli r = Cli.run(concat(grid, "--shard", i + "/2", "--out", dir.resolve("p" + i).toString()));
            assertThat(r.exitCode).as(r.err).isZero();
        }
        Path merged = dir.resolve("merged");
        Cli m = Cli.run("merge", "--no-plots", "--out", merged.toString(), dir.resolve("p1").toString(),
                dir.resolve("p2").toString());
        assertThat(m.exitCode).as(m.err).isZero();
        assertThat(Files.readString(merged.resolve("results.csv"))).isEqualTo(Files.readString(whole.resolve("results.csv")));
        Path again = dir.resolve("again");
        Cli fromSpec = Cli.run("sweep", "--spec", whole.resolve("spec.json").toString(), "--no-plots", "--out",
                again.toString());
        assertThat(fromSpec.exitCode).as(fromSpec.err).isZero();
        assertThat(Files.readString(again.resolve("results.csv"))).isEqualTo(Files.readString(whole.resolve("results.csv")));
        assertThat(Files.readString(again.resolve("spec.json"))).isEqualTo(Files.readString(whole.resolve("spec.json")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void badValuesAreOneLineWithExitTwo() {
        String out = dir.resolve("bad").toString();
        String[][] cases = {
            {"--rate", "0", "--max-batch", "8"},
            {"--rate", "2", "--draft-length", "2", "--acceptance", "-0.1"},
            {"--rate", "2", "--draft-length", "0"},
            {"--rate", "2", "--order", "shuffled"},
            {"--rate", "2", "--max-batch", "0"},
            {"--rate", "2", "--acceptance", "0.5"},
            {"--rate", "2", "--batching", "eager"},
            {"--rate", "2", "--policy", "lottery", "--max-batch", "4"},
        };
        String[] flags = {"--rate", "--acceptance", "--draft-length", "--order", "--max-batch", "--acceptance",
            "--batching", "--policy"};
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of("sweep", "--out", out, "--jobs", "10"));
            args.addAll(List.of(cases[i]));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(r.err.strip()).as(String.join(" ", cases[i])).startsWith("servelab: " + flags[i])
                    .doesNotContain("\n").doesNotContain("Exception");
        }
        Cli run = Cli.run("run", "--trace", "sample-traces/figure-6c.json", "--draft-length", "2", "--acceptance", "-0.5");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.strip()).startsWith("servelab: --acceptance").doesNotContain("\n");
        Cli g0 = Cli.run("run", "--trace", "sample-traces/figure-6c.json", "--draft-length", "0");
        assertThat(g0.exitCode).isEqualTo(2);
        assertThat(g0.err.strip()).startsWith("servelab: --draft-length").doesNotContain("\n");
    }

    private static double row(String out, String name) {
        for (String line : out.split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length()).trim().split("\\s+")[0]);
            }
        }
        throw new AssertionError("no " + name + " in\n" + out);
    }
}
