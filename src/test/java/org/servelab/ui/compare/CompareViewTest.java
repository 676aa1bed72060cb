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

    @Start
    void start(Stage stage) {
        model = new CompareModel(NO_FRAMES, false);
        model.open(new RunSetup(TraceFiles.defaultTrace(), "skip-join-mlfq",
                MlfqParameters.defaults().withQuantum(Double.NaN)));
        stage.setScene(new Scene(new CompareView(model, Messages.of(Locale.ENGLISH)), 1100, 700));
        stage.show();
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
