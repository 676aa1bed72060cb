package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.io.SpecialFiles;

/**
 * What an output option does with what is at its path: a regular file is replaced whole, a FIFO or a
 * device is written into, a symbolic link is followed, {@code -} is standard output; and an output is
 * never one of the command's inputs, however it is reached.
 */
class OutputTargetsTest {

    static final String FIGURE_6C = "sample-traces/figure-6c.json";

    @TempDir
    Path dir;

    @Test
    void theTwoResultsFilesWrittenTogetherAreWhatEachIsAlone() throws Exception {
        Path json = dir.resolve("r.json");
        Path csv = dir.resolve("r.csv");
        String[] run = {"run", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "fcfs,skip-join-mlfq",
                "--max-batch", "4"};
        Cli both = Cli.run(concat(run, "--results", json.toString(), "--results-csv", csv.toString()));
        assertThat(both.exitCode).as(both.err).isZero();
        Cli jsonAlone = Cli.run(concat(run, "--results", "-"));
        Cli csvAlone = Cli.run(concat(run, "--results-csv", "-"));
        assertThat(Files.readString(json)).isEqualTo(jsonAlone.out).contains("\"runs\"");
        assertThat(Files.readString(csv)).isEqualTo(csvAlone.out).startsWith("trace,policy,");
        assertThat(names()).containsExactly("r.csv", "r.json");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void resultsIntoAFifoAreWrittenIntoIt() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("results"));
        CompletableFuture<String> read = SpecialFiles.drain(fifo);
        Cli cli = Cli.run("run", "--trace", FIGURE_6C, "--policy", "fcfs", "--results", fifo.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        String json = read.get(20, TimeUnit.SECONDS);
        assertThat(new ObjectMapper().readTree(json).get("runs").get(0).get("policy").asText()).isEqualTo("fcfs");
        assertThat(SpecialFiles.type(fifo)).isEqualTo("fifo");
        assertThat(names()).containsExactly("results");
    }

    @Test
    void aTokenLogIntoACharacterDeviceLeavesTheDevice() throws Exception {
        Path dev = SpecialFiles.nullDevice(dir.resolve("null"));
        Cli cli = Cli.run("run", "--trace", FIGURE_6C, "--token-log", dev.toString(), "--results-csv", dev.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(SpecialFiles.type(dev)).isEqualTo("char");
        assertThat(names()).containsExactly("null");
    }

    @Test
    void genIntoAFifoWritesJson() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("trace"));
        CompletableFuture<String> read = SpecialFiles.drain(fifo);
        Cli cli = Cli.run("gen", "--jobs", "5", "--rate", "2", "--out", fifo.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(read.get(20, TimeUnit.SECONDS)).startsWith("{").contains("\"jobs\"");
        assertThat(SpecialFiles.type(fifo)).isEqualTo("fifo");
    }

    @Test
    void aSymlinkedOutputStaysALinkAndItsTargetIsReplaced() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("tokens.csv");
        Files.writeString(real, "old log");
        Path link = Files.createSymbolicLink(dir.resolve("tokens.csv"), real);
        Path pngReal = dir.resolve("real").resolve("chart.png");
        Path pngLink = Files.createSymbolicLink(dir.resolve("chart.png"), Path.of("real", "chart.png"));

        Cli run = Cli.run("run", "--trace", FIGURE_6C, "--token-log", link.toString());
        Cli export = Cli.run("export", "gantt", "--trace", FIGURE_6C, "--width", "400", "--out", pngLink.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(export.exitCode).as(export.err).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(real).get(0)).isEqualTo(TokenLogSink.HEADER);
        assertThat(Files.isSymbolicLink(pngLink)).isTrue();
        assertThat(ImageIO.read(pngReal.toFile()).getWidth()).isEqualTo(400);
        assertThat(names()).containsExactly("chart.png", "real", "tokens.csv");
    }

    @Test
    void anOutputReachingTheTraceThroughASymlinkOrAHardLinkIsRefused() throws IOException {
        Path trace = dir.resolve("t.json");
        Files.copy(Path.of(FIGURE_6C), trace);
        String before = Files.readString(trace);
        Path soft = Files.createSymbolicLink(dir.resolve("soft.json"), trace);
        Path hard = Files.createLink(dir.resolve("hard.json"), trace);

        Cli viaSoft = Cli.run("run", "--trace", trace.toString(), "--results", soft.toString());
        Cli viaHard = Cli.run("export", "gantt", "--trace", trace.toString(), "--out", hard.toString());
        Cli traceViaLink = Cli.run("gen", "--lengths", "trace:" + soft, "--rate", "1", "--out", hard.toString());

        for (Cli c : new Cli[] {viaSoft, viaHard, traceViaLink}) {
            assertThat(c.exitCode).as(c.err).isEqualTo(2);
            assertThat(c.err.strip()).doesNotContain("\n");
        }
        assertThat(viaSoft.err).contains("--results").contains("input trace");
        assertThat(viaHard.err).contains("--out").contains("input trace");
        assertThat(traceViaLink.err).contains("--out").contains("trace of --lengths");
        assertThat(Files.readString(trace)).isEqualTo(before);
        assertThat(names()).containsExactly("hard.json", "soft.json", "t.json");
    }

    @Test
    void dashIsStandardOutputAndTheReportMovesToStandardError() throws IOException {
        Cli cli = Cli.run("run", "--trace", FIGURE_6C, "--policy", "fcfs", "--results", "-");
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(new ObjectMapper().readTree(cli.out).get("runs").get(0).get("policy").asText()).isEqualTo("fcfs");
        assertThat(cli.err).contains("average JCT");
        assertThat(Path.of("-")).as("no file named '-'").doesNotExist();

        Cli csv = Cli.run("run", "--trace", FIGURE_6C, "--policy", "fcfs", "--results-csv", "-");
        assertThat(csv.out).startsWith("trace,policy,");
        Cli events = Cli.run("run", "--trace", FIGURE_6C, "--policy", "fcfs", "--events", "-");
        assertThat(events.out.lines()).allMatch(l -> l.startsWith("{"));
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aGanttChartToStandardOutputIsThePng() throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Cli cli;
        try {
            System.setOut(new PrintStream(bytes, true));
            cli = Cli.run("export", "gantt", "--trace", FIGURE_6C, "--width", "300", "--out", "-");
        } finally {
            System.setOut(saved);
        }
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes.toByteArray())).getWidth()).isEqualTo(300);
        assertThat(cli.err).contains("wrote standard output");
        assertThat(Path.of("-")).doesNotExist();
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
