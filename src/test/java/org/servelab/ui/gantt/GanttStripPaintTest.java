package org.servelab.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.engine.Schedule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the now-line moves forward in a still window, the chart repaints only the strip right of the old
 * now-line; the picture must be the one a whole repaint gives.
 */
@ExtendWith(ApplicationExtension.class)
class GanttStripPaintTest {

    /** Longer than the view takes now-line moves for continuous motion, painted in turn among the canvases. */
    private static final long PAST_PACING_MS = GanttView.MOVING_NANOS / 1_000_000 + 50;
    /** The clock of the views' now-line moves, stepped past the pacing by hand instead of slept through. */
    private static final AtomicLong CLOCK = new AtomicLong();

    private GanttView stepped;
    private GanttView whole;

    @Start
    void start(Stage stage) {
        Schedule schedule = Figure6Schedules.skipJoin();
        stepped = new GanttView();
        whole = new GanttView();
        for (GanttView v : new GanttView[] {stepped, whole}) {
            v.setClock(CLOCK::get);
            v.setSchedule(schedule);
            v.setPrefSize(700, 260);
            v.setMinSize(700, 260);
            v.setMaxSize(700, 260);
        }
        stage.setScene(new Scene(new HBox(stepped, whole), 1400, 260));
        stage.show();
    }

    /** Shows the whole run with the now-line at its start. */
    static void startStepping(FxRobot robot, GanttView view) {
        robot.interact(() -> {
            view.setWindow(-0.5, 12.5);
            view.setNow(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves the now-line forward to {@code t}, long enough after the last move to be painted at once. */
    static void stepTo(FxRobot robot, GanttView view, double t) {
        view.setClock(CLOCK::get);
        pastPacing(); // paint at once, not in turn
        robot.interact(() -> view.setNow(t));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void steppingForwardPaintsStripsThatAddUpToTheWholePicture(FxRobot robot) {
        startStepping(robot, stepped);
        long before = stepped.partialPaints();
        // uneven steps, so that boundaries fall inside bars, on iteration ends and on a finish
        for (double t : new double[] {0.3, 1.0, 2.75, 4.0, 4.9, 6.2, 8.0, 9.99, 11.0, 11.6}) {
            stepTo(robot, stepped, t);
            robot.interact(() -> {
                whole.setWindow(-0.5, 12.5);
                whole.setNow(t);
                whole.invalidateChart();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(differingPixels(robot)).as("pixels that differ from a whole repaint at t = " + t).isZero();
        }
        assertThat(stepped.partialPaints() - before).as("strip repaints").isGreaterThanOrEqualTo(8);
        assertThat(whole.partialPaints()).as("the reference always repaints whole").isZero();

        pastPacing();
        long strips = stepped.partialPaints();
        robot.interact(() -> stepped.setNow(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepped.partialPaints()).as("a step back repaints everything").isEqualTo(strips);
        robot.interact(() -> {
            whole.setNow(3);
            whole.invalidateChart();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(differingPixels(robot)).isZero();
    }

    @Test
    void stripsOfABusyRunWithRowsCutByThePlotsEdgesAddUpToTheWholePicture(FxRobot robot) {
        Schedule busy = Figure6Schedules.large(60);
        double[] window = {200, 900};
        double scroll = 10.5 * stepped.rowHeight();
        robot.interact(() -> {
            for (GanttView v : new GanttView[] {stepped, whole}) {
                v.setSchedule(busy);
                v.setWindow(window[0], window[1]);
                v.setRowScroll(scroll);
            }
            stepped.setNow(260);
        });
        WaitForAsyncUtils.waitForFxEvents();
        long before = stepped.partialPaints();
        double t = 260;
        for (double step : new double[] {7.3, 31, 12.25, 44, 3.5, 60, 18, 95, 26.6, 71, 9, 50, 120}) {
            t += step;
            double now = t;
            pastPacing();
            robot.interact(() -> stepped.setNow(now));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                whole.setNow(now);
                whole.invalidateChart();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(differingPixels(robot)).as("pixels that differ from a whole repaint at t = " + now).isZero();
        }
        assertThat(stepped.partialPaints() - before).as("strip repaints").isGreaterThanOrEqualTo(5);
    }

    @Test
    void nowLineMovesInQuickSuccessionArePaintedInTheChartsTurnToTheSamePicture(FxRobot robot) {
        robot.interact(() -> {
            stepped.setWindow(-0.5, 12.5);
            stepped.setNow(0.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int paints = stepped.paintCount();
        // moves closer together than a paint's pacing: continuous motion, repainted by the frame pacer
        robot.interact(() -> {
            stepped.setNow(0.6);
            stepped.setNow(1.9);
            stepped.setNow(3.3);
        });
        WaitForAsyncUtils.sleep(PAST_PACING_MS, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepped.paintCount()).as("the last move painted").isGreaterThan(paints);
        robot.interact(() -> {
            whole.setWindow(-0.5, 12.5);
            whole.setNow(3.3);
            whole.invalidateChart();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(differingPixels(robot)).isZero();
    }

    /** Moves the views' clock past the pacing of now-line moves. */
    private static void pastPacing() {
        CLOCK.addAndGet(PAST_PACING_MS * 1_000_000);
    }

    private int differingPixels(FxRobot robot) {
        int[] count = new int[1];
        robot.interact(() -> {
            WritableImage a = stepped.canvas().snapshot(null, null);
            WritableImage b = whole.canvas().snapshot(null, null);
            PixelReader ra = a.getPixelReader();
            PixelReader rb = b.getPixelReader();
            int w = (int) Math.min(a.getWidth(), b.getWidth());
            int h = (int) Math.min(a.getHeight(), b.getHeight());
            assertThat(a.getWidth()).isEqualTo(b.getWidth());
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                        count[0]++;
                    }
                }
            }
        });
        return count[0];
    }
}
