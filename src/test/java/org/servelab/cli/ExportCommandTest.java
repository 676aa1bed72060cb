package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code servelab export gantt} end to end, headless. */
class ExportCommandTest {

    static final String FIGURE_6C = "sample-traces/figure-6c.json";

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return ServeLabCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesThePngAtTheRequestedWidth() throws IOException {
        Path png = dir.resolve("chart.png");
        int code = run("export", "gantt", "--trace", FIGURE_6C, "--policy", "skip-join-mlfq", "--queues", "4",
                "--quantum", "1", "--quantum-rate", "2", "--width", "800", "--out", png.toString());

        assertThat(code).as("exit code; stderr: %s", err).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isBetween(80, 200);
        assertThat(out.toString()).contains("chart.png").contains("800 x").contains("3 jobs");
    }

    @Test
    void theOrcaTraceWithTheOpt13bModel() throws IOException {
        Path png = dir.resolve("orca.png");
        int code = run("export", "gantt", "--trace", "sample-traces/orca-appendix-b.csv", "--cost-model", "opt-1.3b",
                "--policy", "fcfs", "--width", "1200", "--out", png.toString());

        assertThat(code).as("exit code; stderr: %s", err).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1200);
        assertThat(img.getHeight()).as("99 rows").isGreaterThan(99 * 18);
    }

    @Test
    void aBadWidthIsRejectedAndNothingIsWritten() {
        Path png = dir.resolve("chart.png");
        int code = run("export", "gantt", "--trace", FIGURE_6C, "--width", "50", "--out", png.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--width").contains("200").contains("50");
        assertThat(png).doesNotExist();
    }

    @Test
    void aMissingTraceIsNamedAndNothingIsWritten() {
        Path png = dir.resolve("chart.png");
        int code = run("export", "gantt", "--trace", "no-such-trace.json", "--out", png.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no-such-trace.json");
        assertThat(png).doesNotExist();
    }

    @Test
    void aMissingOutputDirectoryIsNamed() {
        Path png = dir.resolve("missing/chart.png");
        int code = run("export", "gantt", "--trace", FIGURE_6C, "--out", png.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--out").contains("does not exist");
    }

    @Test
    void exportAloneAsksWhatToExport() {
        assertThat(run("export")).isEqualTo(2);
        assertThat(err.toString()).contains("gantt");
    }
}
