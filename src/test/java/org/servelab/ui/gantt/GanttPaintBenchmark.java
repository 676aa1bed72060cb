package org.servelab.ui.gantt;

import java.util.Locale;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.servelab.engine.Schedule;
import org.servelab.ui.export.FxPlatform;

/**
 * How long one paint of the visible window of a 10,000-job run takes, at windows spread over the run.
 * Not a test: run it with
 * {@code mvn -B -ntp test -Dtest=GanttPaintBenchmark -Dbenchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class GanttPaintBenchmark {

    static final int JOBS = 10_000;
    static final int WIDTH = 1400;
    static final int HEIGHT = 800;
    static final double WINDOW = 3_000;
    static final int POSITIONS = 200;

    @Test
    void paintVisibleWindow() {
        long t0 = System.nanoTime();
        Schedule s = Figure6Schedules.large(JOBS);
        long t1 = System.nanoTime();
        FxPlatform.call(() -> {
            long b0 = System.nanoTime();
            GanttPainter painter = new GanttPainter(new ScheduleIndex(s), new GanttText());
            long b1 = System.nanoTime();
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            SnapshotParameters params = new SnapshotParameters();
            WritableImage img = new WritableImage(WIDTH, HEIGHT);
            for (int warm = 0; warm < 50; warm++) {
                paintAt(painter, s, gc, warm % POSITIONS);
                canvas.snapshot(params, img);
            }
            long record = 0;
            long raster = 0;
            long bars = 0;
            for (int i = 0; i < POSITIONS; i++) {
                long a = System.nanoTime();
                bars += paintAt(painter, s, gc, i);
                long b = System.nanoTime();
                canvas.snapshot(params, img);
                long c = System.nanoTime();
                record += b - a;
                raster += c - b;
            }
            long blank = 0;
            for (int i = 0; i < POSITIONS; i++) {
                long a = System.nanoTime();
                gc.clearRect(0, 0, WIDTH, HEIGHT);
                gc.fillRect(0, 0, WIDTH, HEIGHT);
                canvas.snapshot(params, img);
                blank += System.nanoTime() - a;
            }
            System.out.printf(Locale.ROOT, "snapshot of a blank canvas (the read-back cost alone): %.3f ms%n",
                    blank / 1e6 / POSITIONS);
            System.out.printf(Locale.ROOT, "%d jobs, %d slices; simulate %.0f ms, index+painter %.1f ms%n",
                    s.jobs(), s.slices(), (t1 - t0) / 1e6, (b1 - b0) / 1e6);
            System.out.printf(Locale.ROOT, "%dx%d window of %.0f ms, %d positions, %.0f bars/paint: "
                            + "paint commands %.3f ms/paint, paint + software rasterize (snapshot) %.3f ms/paint%n",
                    WIDTH, HEIGHT, WINDOW, POSITIONS, (double) bars / POSITIONS, record / 1e6 / POSITIONS,
                    (record + raster) / 1e6 / POSITIONS);
            return null;
        });
    }

    /** Paints the window at the i-th of POSITIONS points of the run, rows scrolled to the job running there. */
    private static int paintAt(GanttPainter painter, Schedule s, GraphicsContext gc, int i) {
        double t = s.end() * i / POSITIONS;
        int slice = Math.min(s.slices() - 1, s.firstSliceEndingAfter(t));
        int row = painter.index().rowOfJob(s.sliceJob(slice));
        double scroll = Math.max(0, row * GanttPainter.VIEW_ROW_HEIGHT - HEIGHT / 2.0);
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        return painter.paint(gc, new GanttFrame(WIDTH, HEIGHT, t - WINDOW / 2, t + WINDOW / 2, scroll,
                GanttPainter.VIEW_ROW_HEIGHT, Double.POSITIVE_INFINITY));
    }
}
