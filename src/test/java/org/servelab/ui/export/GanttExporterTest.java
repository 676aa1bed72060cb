package org.servelab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servelab.engine.Schedule;
import org.servelab.ui.gantt.Figure6Schedules;
import org.servelab.ui.gantt.GanttPalette;

/** The PNG export of the whole chart, headless (the toolkit is started by the exporter itself). */
class GanttExporterTest {

    static final int WIDTH = 900;

    @TempDir
    Path dir;

    @Test
    void writesTheRequestedWidthWithEveryLevelColourThatRan() throws IOException {
        Schedule s = Figure6Schedules.skipJoin();
        Path out = dir.resolve("figure6.png");

        GanttExporter.exportPng(s, Double.POSITIVE_INFINITY, WIDTH, out);

        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).as("width").isEqualTo(WIDTH);
        assertThat(img.getHeight()).as("height: title, legend, 3 rows tall enough to read, axis")
                .isEqualTo(GanttExporter.heightFor(s, WIDTH)).isBetween(180, 320);
        assertThat(distinctColours(img)).as("distinct colours").isGreaterThan(20);
        for (int level = 0; level < 4; level++) {
            assertThat(countNear(img, GanttPalette.levelColor(level, 4)))
                    .as("pixels of Q%d's colour", level + 1).isGreaterThan(30);
        }
        assertThat(Files.list(dir)).as("no temporary file left").hasSize(1);
    }

    @Test
    void theTitleNamesTraceAndPolicyWithItsSettings() {
        String title = GanttExporter.title(new org.servelab.ui.gantt.GanttText(),
                new org.servelab.ui.model.ScheduleTimeline(Figure6Schedules.skipJoin()));
        assertThat(title).contains("figure-6c").contains("skip-join-mlfq").contains("queues 4").contains("quantum 1")
                .contains("rate 2").contains("3 jobs");
    }

    @Test
    void severalPoliciesAreStackedAsPanelsOnOneTimeScale() {
        Schedule skipJoin = Figure6Schedules.skipJoin();
        Schedule fcfs = Schedule.simulate(skipJoin.trace(), org.servelab.policy.Policies.create("fcfs",
                org.servelab.policy.MlfqParameters.defaults()));
        BufferedImage one = GanttExporter.render(skipJoin, Double.POSITIVE_INFINITY, WIDTH);
        BufferedImage two = GanttExporter.render(java.util.List.of(new org.servelab.ui.model.ScheduleTimeline(fcfs),
                new org.servelab.ui.model.ScheduleTimeline(skipJoin)), Double.POSITIVE_INFINITY, WIDTH);
        assertThat(two.getHeight()).as("two panels").isEqualTo(2 * one.getHeight());
        assertThat(countNear(two, GanttPalette.levelColor(3, 4))).as("skip-join's Q4 in the second panel")
                .isGreaterThan(30);
    }

    @Test
    void largeRunsAreRenderedInTilesAndStitched() {
        Schedule s = Figure6Schedules.large(300);
        BufferedImage img = GanttExporter.render(s, Double.POSITIVE_INFINITY, 2500);
        assertThat(img.getWidth()).isEqualTo(2500);
        assertThat(img.getHeight()).as("taller than one tile").isGreaterThan(2048);
        int levelPixels = 0;
        for (int level = 0; level < 6; level++) {
            levelPixels += countNear(img, GanttPalette.levelColor(level, 6));
        }
        assertThat(levelPixels).as("pixels in level colours").isGreaterThan(5000);
        assertThat(nonWhiteIn(img, 2048, 2048, 2200, 2200)).as("content in the bottom-right tile").isGreaterThan(0);
    }

    @Test
    void rejectsWidthsOutsideTheRangeAndWritesNothing() {
        Path out = dir.resolve("bad.png");
        assertThatThrownBy(() -> GanttExporter.exportPng(Figure6Schedules.skipJoin(), 1, 50, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width").hasMessageContaining("50");
        assertThatThrownBy(() -> GanttExporter.exportPng(Figure6Schedules.skipJoin(), 1, 20001, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20000");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingDirectoryFailsWithoutLeavingAFile() {
        Path out = dir.resolve("no/such/dir/chart.png");
        assertThatThrownBy(() -> GanttExporter.exportPng(Figure6Schedules.skipJoin(), 1, 400, out))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(out).doesNotExist();
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    static int countNear(BufferedImage img, Color c) {
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - r) <= 3 && Math.abs(((p >> 8) & 255) - g) <= 3
                        && Math.abs((p & 255) - b) <= 3) {
                    n++;
                }
            }
        }
        return n;
    }

    static int nonWhiteIn(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, img.getWidth()); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                }
            }
        }
        return n;
    }
}
