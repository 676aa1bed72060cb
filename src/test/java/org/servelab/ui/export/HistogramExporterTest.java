package org.servelab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.testing.Pixels;

/** The JCT histogram as a PNG: the areas stand over the bins their JCTs fall in, in each series' colour. */
class HistogramExporterTest {

    @TempDir
    Path dir;

    @Test
    void eachJobStandsInItsBin() throws IOException {
        // range 20, 20 bins of 1: JCTs 6, 8 and 11 fill bins [6,7), [8,9), [11,12), one job each
        Path out = dir.resolve("hist.png");
        HistogramExporter.exportPng(Map.of("fcfs", List.of(6.0, 8.0, 11.0)), 20, "ms", 700, 400, out);

        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(700);
        assertThat(img.getHeight()).isEqualTo(400);
        List<int[]> areas = Pixels.columnRuns(img, 0, img.getHeight() - 60, 3);
        assertThat(areas).as("three separate filled bins").hasSize(3);
        double bin = (Pixels.centre(areas.get(2)) - Pixels.centre(areas.get(0))) / 5;
        assertThat(bin).as("a twentieth of the plot").isBetween(25.0, 35.0);
        assertThat(Pixels.centre(areas.get(1)) - Pixels.centre(areas.get(0))).isCloseTo(2 * bin, within(1.5));
        assertThat(areas).allSatisfy(a -> assertThat(a[2]).as("one job each, one height").isCloseTo(areas.get(0)[2], within(2)));
        // the first filled bin starts 6 bins to the right of the y axis, the plot's left edge
        int axis = leftAxis(img);
        assertThat(areas.get(0)[0] - axis).isCloseTo((int) Math.round(6 * bin), within(4));
    }

    @Test
    void twoJobsInOneBinStandTwiceAsHigh() {
        BufferedImage img = HistogramExporter.render(Map.of("fcfs", List.of(6.0, 6.5, 11.0)), 20, "ms", 700, 400);

        List<int[]> areas = Pixels.columnRuns(img, 0, img.getHeight() - 60, 3);
        assertThat(areas).hasSize(2);
        int baseline = areas.get(0)[3];
        assertThat(baseline - areas.get(0)[2]).as("2 jobs")
                .isCloseTo(2 * (baseline - areas.get(1)[2]), within(4));
    }

    @Test
    void overlaidSeriesKeepTheirColours() {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("fcfs", List.of(6.0, 8.0, 11.0, 12.0, 12.5, 3.0));
        series.put("skip-join-mlfq", List.of(11.0, 4.0, 5.0, 2.0, 2.5, 3.0));

        BufferedImage img = HistogramExporter.render(series, 20, 10, "ms", 640, 400);

        assertThat(Pixels.near(img, 0x1f77b4)).as("the first series' outline").isGreaterThan(60);
        assertThat(Pixels.near(img, 0xff7f0e)).as("the second series' outline").isGreaterThan(60);
        assertThat(Pixels.columnRuns(img, 0, img.getHeight() - 60, 3)).as("filled areas").isNotEmpty();
    }

    @Test
    void badSizesAndBinsAreRefused() {
        Map<String, List<Double>> one = Map.of("fcfs", List.of(1.0));
        assertThatThrownBy(() -> HistogramExporter.render(one, 20, 0, "ms", 640, 400))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bins");
        assertThatThrownBy(() -> HistogramExporter.render(one, 20, "ms", 100, 400))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width");
    }

    /** The x of the longest vertical run of dark grey pixels: the y axis. */
    static int leftAxis(BufferedImage img) {
        int best = 0;
        int longest = 0;
        for (int x = 0; x < img.getWidth() / 2; x++) {
            int n = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                int p = img.getRGB(x, y);
                int r = (p >> 16) & 255;
                if (r < 200 && !Pixels.coloured(p)) {
                    n++;
                }
            }
            if (n > longest) {
                longest = n;
                best = x;
            }
        }
        return best;
    }
}
