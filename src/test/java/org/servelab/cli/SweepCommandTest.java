package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.testing.Pixels;

class SweepCommandTest {

    private static final String[] GRID = {"--policy", "fcfs,skip-join-mlfq", "--queues", "2,4", "--quantum-rate", "2,4",
        "--load", "0.6,0.9,1.1", "--cv", "1,2", "--seeds", "2", "--jobs", "120", "--overload-jobs", "80"};

    @TempDir
    Path dir;

    /** {@code sweep}, the grid, then {@code more}. */
    private static String[] sweep(String... more) {
        String[] all = new String[1 + GRID.length + more.length];
        all[0] = "sweep";
        System.arraycopy(GRID, 0, all, 1, GRID.length);
        System.arraycopy(more, 0, all, 1 + GRID.length, more.length);
        return all;
    }

    @Test
    void sweepWritesCsvSpecAndReadablePlotsAndFlagsOverload() throws IOException {
        Path out = dir.resolve("all");
        Cli r = Cli.run(sweep("--out", out.toString()));
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("60 runs (5 policy configurations x 12 workload points)");
        assertThat(r.err).contains("warning").contains("overloaded").contains("load 1.1");
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(61);
        assertThat(out.resolve("spec.json")).exists();
        for (String png : new String[] {"jct-vs-load.png", "ratio-vs-load.png", "jct-vs-cv.png",
            "heatmap-skip-join-mlfq.png"}) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertThat(image.getWidth()).as(png).isGreaterThan(600);
            assertThat(Files.size(out.resolve(png))).as(png).isLessThan(500_000);
        }
        // the lines are drawn: FCFS in the first line colour, skip-join MLFQ in the second, in both CV panels
        for (String png : new String[] {"jct-vs-load.png", "jct-vs-cv.png"}) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertThat(Pixels.near(image, FIRST_LINE)).as("%s: fcfs's line and points", png).isGreaterThan(400);
            assertThat(Pixels.near(image, SECOND_LINE)).as("%s: skip-join's line and points", png).isGreaterThan(400);
        }
        BufferedImage ratio = ImageIO.read(out.resolve("ratio-vs-load.png").toFile());
        assertThat(Pixels.near(ratio, FIRST_LINE) + Pixels.near(ratio, SECOND_LINE)).as("the ratio's line").isGreaterThan(300);
        // the heatmap's 2 x 2 cells are filled with the colour ramp (a cell is about 90 x 45 pixels)
        BufferedImage heatmap = ImageIO.read(out.resolve("heatmap-skip-join-mlfq.png").toFile());
        assertThat(Pixels.coloured(heatmap)).as("coloured cells").isGreaterThan(4 * 3000);
    }

    static final int FIRST_LINE = 0x0072B2;
    static final int SECOND_LINE = 0xD55E00;

    @Test
    void shardsMergedGiveTheUnshardedCsv() throws IOException {
        Path whole = dir.resolve("whole");
        assertThat(Cli.run(sweep("--no-plots", "--threads", "1", "--out", whole.toString())).exitCode).isZero();
        for (int i = 1; i <= 3; i++) {
            Cli r = Cli.run(sweep("--shard", i + "/3", "--out", dir.resolve("s" + i).toString()));
            assertThat(r.exitCode).as(r.err).isZero();
            assertThat(r.out).contains("shard " + i + "/3");
        }
        Path merged = dir.resolve("merged");
        Cli m = Cli.run("merge", "--no-plots", "--out", merged.toString(), dir.resolve("s2").toString(),
                dir.resolve("s1").toString(), dir.resolve("s3").toString());
        assertThat(m.exitCode).as(m.err).isZero();
        assertThat(Files.readString(merged.resolve("results.csv"))).isEqualTo(Files.readString(whole.resolve("results.csv")));

        Cli missing = Cli.run("merge", "--no-plots", "--out", dir.resolve("m2").toString(), dir.resolve("s1").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("missing").contains("did every shard finish");
    }

    @Test
    void aReusedFolderKeepsNoPlotsOfTheEarlierSweep() throws IOException {
        Path out = dir.resolve("reused");
        Cli first = Cli.run("sweep", "--policy", "fcfs,skip-join-mlfq", "--load", "0.5,0.7", "--cv", "1,2", "--seeds", "1",
                "--jobs", "40", "--out", out.toString());
        assertThat(first.exitCode).as(first.err).isZero();
        assertThat(out.resolve("jct-vs-cv.png")).exists();
        assertThat(out.resolve("ratio-vs-load.png")).exists();
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("my-plot.png"), "mine too");

        Cli second = Cli.run("sweep", "--policy", "fcfs", "--load", "0.5,0.7", "--seeds", "1", "--jobs", "40",
                "--out", out.toString());
        assertThat(second.exitCode).as(second.err).isZero();
        assertThat(second.out).contains("removed").contains("jct-vs-cv.png").contains("ratio-vs-load.png");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("jct-vs-load.png",
                    "my-plot.png", "notes.txt", "results.csv", "spec.json");
        }

        Cli third = Cli.run("sweep", "--policy", "fcfs", "--load", "0.5,0.7", "--seeds", "1", "--jobs", "40",
                "--no-plots", "--out", out.toString());
        assertThat(third.exitCode).as(third.err).isZero();
        assertThat(out.resolve("jct-vs-load.png")).doesNotExist();
        assertThat(out.resolve("my-plot.png")).exists();
    }

    @Test
    void specFileAndFlagsCombine() throws IOException {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{\"policy\": [\"fcfs\", \"srpt\"], \"load\": \"0.5:0.7:0.1\", \"jobs\": 60, \"seeds\": 1}");
        Cli r = Cli.run("sweep", "--spec", spec.toString(), "--cv", "1,3", "--no-plots", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("12 runs (2 policy configurations x 6 workload points)");
    }

    @Test
    void badSpecsExitTwoWithTheFlagAndValue() {
        String out = dir.resolve("bad").toString();
        expectError("--policy: unknown policy \"lifo\"", "sweep", "--policy", "fcfs,lifo", "--out", out);
        expectError("--cv: the coefficient of variation must be a number >= 0, got -1", "sweep", "--cv", "1,-1", "--out", out);
        expectError("--rate: must be a positive number, got 0", "sweep", "--rate", "0,1", "--out", out);
        expectError("--load: the list is empty", "sweep", "--load", " ", "--out", out);
        expectError("--queues: \"4,\" has an empty item", "sweep", "--queues", "4,", "--out", out);
        expectError("--shard: must be i/n", "sweep", "--shard", "4/3", "--out", out);
        expectError("--cv: only gamma arrivals take a CV", "sweep", "--arrivals", "poisson", "--cv", "1,2", "--out", out);
        assertThat(dir.resolve("bad")).doesNotExist();
    }

    private static void expectError(String message, String... args) {
        Cli r = Cli.run(args);
        assertThat(r.exitCode).as(r.err).isEqualTo(2);
        assertThat(r.err).contains(message);
        assertThat(r.err.lines().count()).isEqualTo(1);
    }
}
