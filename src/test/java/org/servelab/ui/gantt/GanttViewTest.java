package org.servelab.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.engine.Schedule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Gantt view on FastServe's Figure 6(c) under skip-join MLFQ, headless. */
@ExtendWith(ApplicationExtension.class)
class GanttViewTest {

    static final int ROW_J1 = 0;
    static final int ROW_J2 = 1;
    static final int ROW_J3 = 2;

    GanttView view;
    Schedule schedule;

    @Start
    void start(Stage stage) {
        schedule = Figure6Schedules.skipJoin();
        view = new GanttView();
        view.setSchedule(schedule);
        stage.setScene(new Scene(view, 900, 300));
        stage.show();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void barsAreWhereTheScheduleSaysInTheirQueue() {
        assertHit(0.5, ROW_J2, "J2", 1, 0);
        assertHit(2, ROW_J3, "J3", 1, 1);
        assertHit(3.5, ROW_J2, "J2", 2, 1);
        assertHit(4.5, ROW_J3, "J3", 2, 2);
        assertHit(7, ROW_J1, "J1", 1, 3);
        assertHit(10.5, ROW_J1, "J1", 2, 3);
        assertThat(view.sliceAt(2, ROW_J1)).as("J1 waits at t=2").isEmpty();
        assertThat(view.sliceAt(11.5, ROW_J1)).as("J1 is done at 11").isEmpty();
    }

    @Test
    void hitTestByPixelFindsTheSameBars() {
        Point2D p = view.pointOf(7, ROW_J1);
        GanttHit hit = view.barAt(p.getX(), p.getY()).orElseThrow();
        assertThat(schedule.trace().id(hit.job())).isEqualTo("J1");
        assertThat(hit.token()).isEqualTo(1);
        assertThat(hit.start()).isEqualTo(5.0);
        assertThat(hit.end()).isEqualTo(10.0);
    }

    @Test
    void tooltipNamesJobTokenTimesAndQueue() {
        Point2D p = view.pointOf(2, ROW_J3);
        assertThat(view.tooltipTextAt(p.getX(), p.getY()))
                .isEqualTo("J3, token 1 (prefill)\n1 \u2013 3 ms\nqueue Q2");
        Point2D gap = view.pointOf(2, ROW_J1);
        assertThat(view.tooltipTextAt(gap.getX(), gap.getY())).as("a waiting bar says since when")
                .isEqualTo("J1 waiting since 0 ms (for 2 ms at 2 ms)\narrived at 0 ms");
        Point2D after = view.pointOf(11.5, ROW_J1);
        assertThat(view.tooltipTextAt(after.getX(), after.getY())).as("nothing after the job is done").isNull();
    }

    @Test
    void movingTheMouseOverABarShowsTheTooltip(FxRobot robot) {
        Point2D p = view.pointOf(7, ROW_J1);
        robot.moveTo(view.localToScreen(p));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.tooltip().isShowing()).isTrue();
        assertThat(view.tooltip().getText()).startsWith("J1, token 1 (prefill)").endsWith("queue Q4");
    }

    @Test
    void theNowLineClipsTheSchedule(FxRobot robot) {
        robot.interact(() -> view.setNow(3));
        assertThat(view.sliceAt(2.5, ROW_J1)).as("no bar for J1 at now=3").isEmpty();
        assertThat(view.sliceAt(7, ROW_J1)).as("J1's prefill has not started by now=3").isEmpty();
        assertHit(2.5, ROW_J3, "J3", 1, 1);
        assertThat(view.sliceAt(3.5, ROW_J2)).as("after now nothing is drawn").isEmpty();
        robot.interact(() -> view.setNow(Double.POSITIVE_INFINITY));
        assertHit(7, ROW_J1, "J1", 1, 3);
    }

    @Test
    void zoomAndFitAllChangeTheVisibleWindow(FxRobot robot) {
        double fullSpan = view.getVisibleEnd() - view.getVisibleStart();
        assertThat(view.getVisibleStart()).isLessThanOrEqualTo(0);
        assertThat(view.getVisibleEnd()).isGreaterThanOrEqualTo(schedule.end());

        robot.interact(view::zoomIn);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isCloseTo(fullSpan / 2, within(1e-9));
        robot.interact(view::zoomIn);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isCloseTo(fullSpan / 4, within(1e-9));
        robot.interact(view::zoomOut);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isCloseTo(fullSpan / 2, within(1e-9));

        robot.interact(view::fitAll);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isCloseTo(fullSpan, within(1e-9));
        robot.interact(view::zoomOut);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).as("never wider than the run")
                .isCloseTo(fullSpan, within(1e-9));
    }

    @Test
    void zoomAroundAnAnchorKeepsItInPlace(FxRobot robot) {
        Point2D before = view.pointOf(5, ROW_J1);
        robot.interact(() -> view.zoomAt(5, 3));
        assertThat(view.pointOf(5, ROW_J1).getX()).isCloseTo(before.getX(), within(1e-6));
        assertThat(view.getVisibleStart()).isGreaterThan(0);
    }

    @Test
    void draggingPansTime(FxRobot robot) {
        robot.interact(() -> view.zoomAt(6, 4));
        double start = view.getVisibleStart();
        double span = view.getVisibleEnd() - start;
        Point2D p = view.pointOf(6, ROW_J2);
        robot.drag(view.localToScreen(p)).dropBy(-120, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleStart()).as("dragging left shows later times").isGreaterThan(start);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).as("span kept").isCloseTo(span, within(1e-9));
    }

    @Test
    void manyPropertyChangesInOnePulsePaintOnce(FxRobot robot) {
        int before = view.paintCount();
        robot.interact(() -> {
            for (int i = 0; i < 50; i++) {
                view.setNow(i * 0.2);
                view.zoomIn();
                view.zoomOut();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.paintCount() - before).isBetween(1, 2);
    }

    private void assertHit(double t, int row, String job, int token, int level) {
        GanttHit hit = view.sliceAt(t, row).orElseThrow(() -> new AssertionError("no bar at t=" + t + " row " + row));
        assertThat(schedule.trace().id(hit.job())).as("job at t=%s", t).isEqualTo(job);
        assertThat(hit.token()).as("token of %s at t=%s", job, t).isEqualTo(token);
        assertThat(hit.level()).as("queue of %s at t=%s (0 is Q1)", job, t).isEqualTo(level);
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
