package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.Job;
import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceReader;

class OrderOptionTest {

    @TempDir
    Path dir;

    @Test
    void genSortsByPromptPlusOutput() {
        Path asc = dir.resolve("asc.json");
        Cli r = Cli.run("gen", "--jobs", "200", "--lengths", "alpaca", "--arrivals", "fixed", "--rate", "3",
                "--order", "asc", "--out", asc.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        Trace t = TraceReader.read(asc);
        int last = 0;
        for (Job j : t.jobs()) {
            assertThat(j.promptTokens() + j.outputTokens()).isGreaterThanOrEqualTo(last);
            last = j.promptTokens() + j.outputTokens();
        }
        assertThat(t.job(1).arrival() - t.job(0).arrival()).isEqualTo(1000.0 / 3, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void runDescendingBeatsAscendingOnTotalTimeWhenBatchesAreFull() throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "input_length,output_length\n" + "20,400\n".repeat(4) + "20,10\n".repeat(56));
        String[] base = {"run", "--trace", csv.toString(), "--policy", "fcfs", "--max-batch", "8",
            "--cost-model", "step-10ms", "--arrivals", "fixed", "--arrival-rate", "1000"};
        Cli asc = Cli.run(concat(base, "--order", "asc"));
        Cli desc = Cli.run(concat(base, "--order", "desc"));
        assertThat(asc.exitCode).as(asc.err).isZero();
        assertThat(desc.exitCode).as(desc.err).isZero();
        double a = makespan(asc.out);
        double d = makespan(desc.out);
        // descending: the 4 long jobs start at once and the short ones share the other 4 slots (about 400
        // iterations); ascending runs the short ones first (70 iterations), then the long ones (400 more).
        assertThat(d).isLessThan(a);
        Cli bad = Cli.run(concat(base, "--order", "shuffled"));
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err.strip()).startsWith("servelab: --order").doesNotContain("\n").contains("as-is, asc, desc");
        Cli badGen = Cli.run("gen", "--rate", "1", "--order", "up", "--out", "-");
        assertThat(badGen.exitCode).isEqualTo(2);
        assertThat(badGen.err.strip()).startsWith("servelab: --order").doesNotContain("\n");
    }

    @Test
    void zeroQpsIsOneLine() {
        Cli r = Cli.run("gen", "--lengths", "alpaca", "--arrivals", "fixed", "--rate", "0", "--out", "-");
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.strip()).startsWith("servelab: --rate").doesNotContain("\n");
    }

    static double makespan(String out) {
        for (String line : out.split("\n")) {
            if (line.startsWith("makespan")) {
                return Double.parseDouble(line.substring("makespan".length()).trim().split("\\s+")[0]);
            }
        }
        throw new AssertionError("no makespan in\n" + out);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
