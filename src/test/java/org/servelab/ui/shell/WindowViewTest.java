package org.servelab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.Test;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.gantt.GanttView;
import org.testfx.api.FxRobot;

/** The timeline of the real window: presentation mode and a change of language. */
class WindowViewTest extends WindowTest {

    private GanttView gantt() {
        return app.window().timeline().gantt();
    }

    /**
     * The height in pixels of the tallest line of text in the chart's label column (job ids and the axis
     * title): consecutive pixel rows holding dark pixels form one line.
     */
    private int tallestLabelLine(FxRobot robot) {
        int[] tallest = new int[1];
        robot.interact(() -> {
            GanttView g = gantt();
            WritableImage img = g.snapshot(null, null);
            PixelReader px = img.getPixelReader();
            int labelColumn = (int) g.painter().labelWidth() - 6;
            int top = (int) Math.ceil(g.painter().top(g.getWidth())) + 2;
            int run = 0;
            for (int y = top; y < (int) img.getHeight(); y++) {
                boolean ink = false;
                for (int x = 2; x < labelColumn && !ink; x++) {
                    ink = px.getColor(x, y).getBrightness() < 0.45;
                }
                run = ink ? run + 1 : 0;
                tallest[0] = Math.max(tallest[0], run);
            }
        });
        return tallest[0];
    }

    @Test
    void presentationModeEnlargesTheTextOfTheGanttChart(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                app.playback().stepForward();
            }
        });
        pulses(3);
        int normal = tallestLabelLine(robot);
        double axis = gantt().painter().axisHeight();
        assertThat(normal).as("job labels are drawn").isGreaterThan(4);

        robot.interact(() -> app.window().setPresentation(true));
        pulses(3);
        int large = tallestLabelLine(robot);
        assertThat((double) large).as("labels drawn larger (%d px, normally %d px)", large, normal)
                .isGreaterThanOrEqualTo(normal * 1.3);
        assertThat(gantt().painter().axisHeight()).as("the axis grows with its text").isGreaterThan(axis);
        assertThat(gantt().rowHeight()).as("rows grow with their labels").isEqualTo(30);

        robot.interact(() -> app.window().setPresentation(false));
        pulses(3);
        assertThat(tallestLabelLine(robot)).as("back to normal").isEqualTo(normal);
    }

    @Test
    void switchingTheLanguageKeepsTheTimelinesZoomScrollAndFollowToggle(FxRobot robot) {
        robot.interact(() -> {
            app.playback().loadTrace(TraceFiles.load(java.nio.file.Path.of("sample-traces", "orca-appendix-b.csv")));
            app.playback().seek(app.playback().endProperty().get() / 2);
        });
        pulses(3);
        robot.clickOn("#followButton");
        robot.interact(() -> {
            gantt().zoomIn();
            gantt().zoomIn();
            gantt().zoomIn();
            double w = gantt().getVisibleEnd() - gantt().getVisibleStart();
            gantt().setWindow(gantt().getVisibleStart() + w / 3, gantt().getVisibleEnd() + w / 3);
            gantt().setRowScroll(600);
            app.window().setPresentation(true);
        });
        pulses(3);
        GanttView before = gantt();
        double start = before.getVisibleStart();
        double end = before.getVisibleEnd();
        double scroll = before.getRowScroll();
        assertThat(scroll).as("scrolled").isGreaterThan(100);
        assertThat(end - start).as("zoomed in").isLessThan(app.playback().endProperty().get() / 4);

        robot.interact(() -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE));
        pulses(3);
        assertThat(gantt()).as("a new window").isNotSameAs(before);
        assertThat(gantt().getVisibleStart()).as("same time window").isEqualTo(start);
        assertThat(gantt().getVisibleEnd()).isEqualTo(end);
        assertThat(gantt().getRowScroll()).as("same rows").isEqualTo(scroll);
        assertThat(robot.lookup("#followButton").queryAs(ToggleButton.class).isSelected())
                .as("follow stays off").isFalse();
        assertThat(app.window().isPresentation()).as("presentation mode stays on").isTrue();

        robot.interact(() -> app.switchLanguage(Locale.ENGLISH));
        pulses(3);
        assertThat(gantt().getVisibleStart()).isEqualTo(start);
        assertThat(gantt().getRowScroll()).isEqualTo(scroll);
    }

    /**
     * The run tab's split pane keeps modena's look (a one-pixel frame in the box-border colour around the
     * window background, its panes one pixel in) with a single background fill, which JavaFX fills directly
     * instead of stretching a cached image over every repainted area under it.
     */
    @Test
    void theRunSplitPaneHasOneFillAndModenasFrame(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) app.scene().lookup("#runSplit");
            assertThat(split.getBackground().getFills()).as("one fill").hasSize(1);
            assertThat(split.getInsets()).as("the panes one pixel in").isEqualTo(new javafx.geometry.Insets(1));
            WritableImage img = split.snapshot(null, null);
            PixelReader px = img.getPixelReader();
            javafx.scene.paint.Color frame = (javafx.scene.paint.Color) split.getBorder().getStrokes().get(0).getTopStroke();
            javafx.scene.paint.Color inside = (javafx.scene.paint.Color) split.getBackground().getFills().get(0).getFill();
            assertThat(frame).as("a visible frame").isNotEqualTo(inside);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            for (int[] p : new int[][] {{w / 2, 0}, {w / 2, h - 1}, {0, h / 2}, {w - 1, h / 2}}) {
                javafx.scene.paint.Color c = px.getColor(p[0], p[1]);
                assertThat(new double[] {c.getRed(), c.getGreen(), c.getBlue()}).as("frame pixel at %d,%d", p[0], p[1])
                        .containsExactly(new double[] {frame.getRed(), frame.getGreen(), frame.getBlue()},
                                org.assertj.core.data.Offset.offset(1.5 / 255));
            }
        });
    }
}
