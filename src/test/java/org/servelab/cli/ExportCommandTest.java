package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.testing.Pixels;

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
        assertThat(err.toString()).contains("gantt").contains("jct").contains("histogram");
    }

    @Test
    void ganttOfSeveralPoliciesDrawsOnePanelEachOnOneTimeAxis() throws IOException {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertThat(run("export", "gantt", "--trace", FIGURE_6C, "--policy", "fcfs", "--quantum", "1", "--width", "800",
                "--out", one.toString())).as("stderr: %s", err).isZero();
        assertThat(run("export", "gantt", "--trace", FIGURE_6C, "--policy", "fcfs,skip-join-mlfq", "--quantum", "1",
                "--width", "800", "--out", two.toString())).as("stderr: %s", err).isZero();

        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertThat(b.getHeight()).as("two panels").isGreaterThan(a.getHeight() + 100);
        assertThat(out.toString()).contains("fcfs, skip-join-mlfq");
        assertThat(Pixels.nonWhite(b, a.getHeight() + 12, b.getHeight())).as("the second panel is drawn").isGreaterThan(2000);
    }

    @Test
    void jctDrawsOneBarPerJobAtItsHeightAndTheMeanAsALine() throws IOException {
        Path png = dir.resolve("jct.png");
        int code = run("export", "jct", "--trace", FIGURE_6C, "--policy", "fcfs", "--width", "600", "--height", "300",
                "--out", png.toString());

        assertThat(code).as("exit code; stderr: %s", err).isZero();
        assertThat(out.toString()).contains("jct.png").contains("600 x 300 px").contains("3 jobs, fcfs");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(600);
        assertThat(img.getHeight()).isEqualTo(300);
        List<int[]> bars = Pixels.columnRuns(img, 0, img.getHeight(), 3);
        assertThat(bars).as("one bar per job (x from, x to, top, bottom)").hasSize(3);
        int bottom = bars.get(0)[3];
        double unit = (bottom - bars.get(0)[2]) / 6.0; // FCFS: JCTs 6, 8, 11
        assertThat(bars).allSatisfy(b -> assertThat(b[3]).as("bars stand on one axis").isEqualTo(bottom));
        assertThat(bottom - bars.get(1)[2]).as("J2's bar, 8 ms").isCloseTo((int) Math.round(8 * unit), within(2));
        assertThat(bottom - bars.get(2)[2]).as("J3's bar, 11 ms").isCloseTo((int) Math.round(11 * unit), within(2));
        assertThat(bars.get(0)[0]).as("trace order, left to right").isLessThan(bars.get(1)[0]);
        assertThat(bars.get(1)[0]).isLessThan(bars.get(2)[0]);
        int meanRow = darkestRow(img, bars.get(0)[0], bars.get(2)[1]);
        assertThat(bottom - meanRow).as("the mean line at 8.33 ms").isCloseTo((int) Math.round(25 / 3.0 * unit), within(2));
    }

    @Test
    void jctDrawsOnePanelPerPolicyOnOneScale() throws IOException {
        Path png = dir.resolve("jct.png");
        int code = run("export", "jct", "--trace", FIGURE_6C, "--policy", "fcfs,srpt", "--out", png.toString());

        assertThat(code).as("exit code; stderr: %s", err).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getHeight()).as("default height: 40 + 240 a policy").isEqualTo(520);
        List<int[]> fcfs = Pixels.columnRuns(img, 0, 280, 3);
        List<int[]> srpt = Pixels.columnRuns(img, 280, 520, 3);
        assertThat(fcfs).hasSize(3);
        assertThat(srpt).hasSize(3);
        // J1: 6 under FCFS and 11 under SRPT; J2: 8 and 2 (one scale, so heights compare across panels)
        int h1 = fcfs.get(0)[3] - fcfs.get(0)[2];
        assertThat(srpt.get(0)[3] - srpt.get(0)[2]).isCloseTo((int) Math.round(h1 * 11 / 6.0), within(2));
        assertThat(srpt.get(1)[3] - srpt.get(1)[2]).isCloseTo((int) Math.round(h1 * 2 / 6.0), within(2));
        assertThat(colourAt(img, fcfs.get(0))).as("each panel its own colour").isNotEqualTo(colourAt(img, srpt.get(0)));
    }

    @Test
    void jctOfTheDatasetToStandardOutputAndAHeightTooSmall() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(bytes, true));
            code = run("export", "jct", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "fcfs",
                    "--width", "1400", "--out", "-");
        } finally {
            System.setOut(saved);
        }
        assertThat(code).as("stderr: %s", err).isZero();
        assertThat(err.toString()).as("the report goes to stderr").contains("standard output").contains("99 jobs");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(Pixels.columnRuns(img, 0, img.getHeight(), 1)).as("99 bars, the shortest under 2 px").hasSize(99);

        Path png = dir.resolve("small.png");
        assertThat(run("export", "jct", "--trace", FIGURE_6C, "--policy", "fcfs,mlfq,srpt", "--height", "300",
                "--out", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--height").contains("too small for 3 policies").contains("340");
        assertThat(png).doesNotExist();
    }

    @Test
    void histogramPutsEachJobInItsBin() throws IOException {
        Path png = dir.resolve("hist.png");
        // FCFS on Figure 6(c): JCTs 6, 8 and 11 ms; the axis runs 0 to 12 ms, so 20 bins of 0.6 ms:
        // [6, 6.6), [7.8, 8.4), [10.8, 11.4), the second 3 bins after the first, the third 8
        int code = run("export", "histogram", "--trace", FIGURE_6C, "--policy", "fcfs", "--bins", "20",
                "--width", "700", "--height", "400", "--out", png.toString());

        assertThat(code).as("exit code; stderr: %s", err).isZero();
        assertThat(out.toString()).contains("700 x 400 px").contains("20 bins, 3 jobs, fcfs");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(700);
        assertThat(img.getHeight()).isEqualTo(400);
        List<int[]> areas = Pixels.columnRuns(img, 0, img.getHeight() - 60, 3);
        assertThat(areas).as("three filled bins, apart: %s", describe(areas)).hasSize(3);
        double bin = (Pixels.centre(areas.get(2)) - Pixels.centre(areas.get(0))) / 8;
        assertThat(bin).as("a bin: a twentieth of a plot about 610 px wide").isBetween(27.0, 34.0);
        assertThat(Pixels.centre(areas.get(1)) - Pixels.centre(areas.get(0))).isCloseTo(3 * bin, within(1.5));
        assertThat(areas).allSatisfy(a -> assertThat((double) (a[1] - a[0])).isCloseTo(bin, within(3.0)));
        assertThat(areas).allSatisfy(a -> assertThat(a[3] - a[2]).as("one job each, one height")
                .isCloseTo(areas.get(0)[3] - areas.get(0)[2], within(2)));
    }

    @Test
    void histogramRejectsBadBinsAndWritesNothing() {
        Path png = dir.resolve("hist.png");
        assertThat(run("export", "histogram", "--trace", FIGURE_6C, "--bins", "0", "--out", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--bins").contains("0");
        assertThat(run("export", "histogram", "--trace", FIGURE_6C, "--width", "100", "--out", png.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--width").contains("100");
        assertThat(png).doesNotExist();
    }

    /** The row between columns x0 and x1 with the most near-black pixels: the mean's dashed line. */
    static int darkestRow(BufferedImage img, int x0, int x1) {
        int best = -1;
        int most = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            int n = 0;
            for (int x = x0; x < x1; x++) {
                int p = img.getRGB(x, y);
                if (((p >> 16) & 255) < 60 && ((p >> 8) & 255) < 60 && (p & 255) < 60) {
                    n++;
                }
            }
            if (n > most) {
                most = n;
                best = y;
            }
        }
        return best;
    }

    static int colourAt(BufferedImage img, int[] bar) {
        return img.getRGB((bar[0] + bar[1]) / 2, bar[3] - 1) & 0xffffff;
    }


    static String describe(List<int[]> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(java.util.Arrays.toString(r)));
        return sb.toString();
    }
}
