package org.servelab.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.engine.Schedule;
import org.servelab.ui.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart's words come from the window's messages in its language, and each JCT label is worded once while
 * its row is in view, however many paints and strip repaints show it.
 */
@ExtendWith(ApplicationExtension.class)
class GanttJctLabelTest {

    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages ZH = Messages.of(Locale.SIMPLIFIED_CHINESE);

    private Schedule schedule;
    private GanttView english;
    private GanttView chinese;

    @Start
    void start(Stage stage) {
        schedule = Figure6Schedules.skipJoin();
        english = new GanttView();
        chinese = new GanttView(ZH);
        for (GanttView v : new GanttView[] {english, chinese}) {
            v.setSchedule(schedule);
            v.setPrefSize(700, 260);
        }
        stage.setScene(new Scene(new HBox(english, chinese), 1400, 260));
        stage.show();
    }

    @Test
    void theLabelsAndTooltipsAreInTheViewsLanguage() {
        GanttHit hit = english.sliceAt(7, GanttViewTest.ROW_J1).orElseThrow();
        String start = GanttText.number(hit.start());
        String end = GanttText.number(hit.end());
        assertThat(english.painter().tooltip(hit)).isEqualTo(EN.format("gantt.tooltip", "J1", "1",
                EN.get("gantt.prefill"), start, end, "ms", "Q4")).isEqualTo("J1, token 1 (prefill)\n" + start
                + " \u2013 " + end + " ms\nqueue Q4");
        assertThat(chinese.painter().tooltip(hit)).isEqualTo(ZH.format("gantt.tooltip", "J1", "1",
                ZH.get("gantt.prefill"), start, end, "ms", "Q4")).contains("预填充", "队列 Q4");
        assertThat(new GanttText(ZH).queueWithIterations(0, 3)).isEqualTo("Q1：3 次迭代");
        assertThat(new GanttText().queueWithIterations(0, 1)).isEqualTo("Q1: 1 iteration");
        assertThat(new GanttText().axis("ms")).isEqualTo("time (ms)");
        assertThat(new GanttText(ZH).axis("ms")).isEqualTo("时间（ms）");
        for (GanttView v : new GanttView[] {english, chinese}) {
            for (int row = 0; row < 3; row++) {
                int job = v.painter().index().jobAtRow(row);
                assertThat(v.painter().jctLabel(row)).isEqualTo("JCT " + GanttText.number(schedule.jct(job)));
            }
        }
        assertThat(english.painter().jctLabel(GanttViewTest.ROW_J1)).isEqualTo("JCT 11");
    }

    @Test
    void eachLabelIsWordedOnceWhileInView(FxRobot robot) {
        GanttStripPaintTest.startStepping(robot, english);
        long strips = english.partialPaints();
        // forward in steps: strip repaints, each of which asks where the labels end and then draws them
        for (double t : new double[] {2.0, 4.0, 6.2, 8.0, 9.99, 11.0, 11.6, 12.0}) {
            GanttStripPaintTest.stepTo(robot, english, t);
        }
        for (int i = 0; i < 3; i++) {
            robot.interact(english::invalidateChart);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(english.partialPaints() - strips).as("strip repaints").isGreaterThanOrEqualTo(4);
        assertThat(english.paintCount()).isGreaterThan(8);
        assertThat(english.painter().labelsWorded()).as("one label for each of the three jobs").isEqualTo(3);
    }
}
