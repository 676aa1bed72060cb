package org.servelab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistogramExporterTest {

    @TempDir
    Path dir;

    @Test
    void writesAPictureOfTheOverlaidSeries() throws IOException {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("fcfs", List.of(6.0, 8.0, 11.0, 12.0, 12.5, 3.0));
        series.put("skip-join-mlfq", List.of(11.0, 4.0, 5.0, 2.0, 2.5, 3.0));
        Path out = dir.resolve("hist.png");

        HistogramExporter.exportPng(series, 20, "ms", 640, 400, out);

        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(400);
        assertThat(GanttExporterTest.distinctColours(img)).isGreaterThan(20);
    }
}
