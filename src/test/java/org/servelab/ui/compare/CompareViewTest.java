package org.servelab.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.engine.Schedule;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.ui.bind.FramePacer;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.FrameClock;
import org.servelab.ui.model.RunSetup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** FCFS | skip-join MLFQ on Figure 6(c), side by side on one clock. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private static final FrameClock NO_FRAMES = new FrameClock() {
        @Override
        public void start(java.util.function.LongConsumer onFrame) {
        }

        @Override
        public void stop() {
        }
    };

    private CompareModel model;
    private CompareView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new CompareModel(NO_FRAMES, false);
        model.open(new RunSetup(TraceFiles.defaultTrace(), "skip-join-mlfq",
                MlfqParameters.defaults().withQuantum(Double.NaN)));
        view = new CompareView(model, Messages.of(Locale.ENGLISH));
        view.setPrefSize(1100, 700);
        view.setMaxSize(1100, 700);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(view), 1400, 900));
        stage.show();
    }

    /** Lays the view out at a size (the stage keeps its own: resizing a headless stage races its painter). */
    private void size(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            view.setPrefSize(w, h);
            view.setMaxSize(w, h);
            view.resize(w, h);
        });
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        robot.interact(() -> view.shownColumns().forEach(c -> c.queue().frame(System.nanoTime())));
    }

    @Test
    void stepsGoBackAsWellAsForward(FxRobot robot) {
        robot.clickOn("#compareStepButton");
        robot.clickOn("#compareStepButton");
        robot.clickOn("#compareBackButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.timeProperty().get()).as("back to the previous boundary of either run").isEqualTo(1.0);
        assertThat(model.columns()).allSatisfy(c -> assertThat(c.run().getTime()).isEqualTo(1.0));
    }

    @Test
    void fourColumnsEachWithItsOwnGanttStayReadableAt1360x900(FxRobot robot) {
        robot.interact(() -> {
            model.addColumn();
            model.addColumn();
            model.seek(5);
        });
        size(robot, 1360, 820);
        assertThat(view.shownColumns()).hasSize(4);
        for (CompareColumn c : view.shownColumns()) {
            assertThat(c.queue().overlapReport()).as("chips of %s", c.getId()).isEmpty();
            for (int row = 0; row < 6; row++) {
                assertThat(c.queue().overflow(row)).as("three jobs never make a '+N more'").isZero();
            }
            assertThat(c.gantt().getTimeline()).as("each column has its Gantt chart").isNotNull();
            assertThat(c.getWidth()).isGreaterThan(300);
        }
        CompareColumn first = view.shownColumns().get(0);
        robot.interact(() -> first.gantt().setWindow(2, 6));
        assertThat(view.shownColumns().get(3).gantt().getVisibleStart()).as("one time window for all")
                .isEqualTo(2.0);
    }

    @Test
    void twoColumnsStayReadableAt1024x700(FxRobot robot) {
        robot.interact(() -> model.seek(1));
        size(robot, 1024, 620);
        for (CompareColumn c : view.shownColumns()) {
            assertThat(c.queue().overlapReport()).isEmpty();
            assertThat(c.queue().getHeight()).isGreaterThan(90);
            assertThat(c.gantt().getHeight()).isGreaterThan(80);
        }
    }

    @Test
    void refillingTheHistogramLeavesNoFeedBehindOnTheFrameClock(FxRobot robot) {
        int[] attached = new int[1];
        robot.interact(() -> attached[0] = FramePacer.attached());
        for (int k = 0; k < 4; k++) {
            String policy = k % 2 == 0 ? "mlfq" : "srpt";
            robot.interact(() -> model.setColumn(1, policy, Accounting.TIME));
        }
        robot.interact(() -> assertThat(FramePacer.attached()).as("views on the frame clock after four refills")
                .isEqualTo(attached[0]));
    }

    @Test
    void aRunKeepsItsColourAndAddingOneOffersAnotherPolicy(FxRobot robot) {
        robot.interact(() -> model.addColumn());
        assertThat(model.columns()).extracting(c -> c.policy()).containsExactly("fcfs", "skip-join-mlfq", "srpt");
        assertThat(model.columns()).extracting(c -> c.colour()).containsExactly(0, 1, 2);
        robot.interact(() -> model.removeColumn(0));
        assertThat(model.columns()).extracting(c -> c.colour()).as("the others keep theirs").containsExactly(1, 2);
        robot.interact(() -> model.addColumn());
        assertThat(model.columns().get(2).policy()).isEqualTo("fcfs");
        assertThat(model.columns().get(2).colour()).as("the free colour").isZero();
        robot.interact(() -> model.setColumn(1, "mlfq", Accounting.TIME));
        assertThat(model.columns().get(1).colour()).as("a changed run keeps its colour").isEqualTo(2);
        assertThat(robot.lookup("#meanName1").queryAs(Label.class).getText()).as("its name follows at once")
                .isEqualTo("MLFQ");
    }

    @Test
    void bothRunsShareOneClock(FxRobot robot) {
        robot.clickOn("#compareStepButton");
        robot.clickOn("#compareStepButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.timeProperty().get()).as("next boundary of either run").isEqualTo(3.0);
        assertThat(model.columns()).allSatisfy(c -> assertThat(c.run().getTime()).isEqualTo(3.0));
    }

    @Test
    void meanJctsSideBySideAtTheEnd(FxRobot robot) {
        robot.interact(() -> model.seek(11));
        assertThat(robot.lookup("#compareMean0").queryAs(Label.class).getText()).contains("8.333");
        assertThat(robot.lookup("#jctBar0").queryAs(Label.class).getText()).isEqualTo("8.333 / 8.333");
        assertThat(robot.lookup("#compareMean1").queryAs(Label.class).getText()).contains("6.667");
    }

    @Test
    void timeAgainstTokenAccounting(FxRobot robot) {
        robot.interact(() -> {
            model.setColumn(0, "skip-join-mlfq", Accounting.TIME);
            model.setColumn(1, "skip-join-mlfq", Accounting.TOKENS);
            model.seek(4);
        });
        List<Double> timeJcts = model.columns().get(0).run().finishedJcts();
        List<Double> tokenJcts = model.columns().get(1).run().finishedJcts();
        assertThat(timeJcts).as("time accounting: J2 done at 4").containsExactly(4.0);
        assertThat(tokenJcts).as("token accounting: J3 done at 4").containsExactly(4.0);
        Schedule tokens = model.columns().get(1).run().getRecording().schedule();
        assertThat(tokens.finish(2)).isLessThan(tokens.finish(1));
    }
}
