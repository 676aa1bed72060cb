package org.servelab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.experiment.SweepRow;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.shell.PulseFrameClock;
import org.servelab.workload.generate.Target;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Experiments tab over the batching axes: QPS x max batch on a roofline cost model, its figures. */
@ExtendWith(ApplicationExtension.class)
class ServingExperimentsViewTest {

    private ExperimentsModel model;

    @Start
    void start(Stage stage) {
        model = new ExperimentsModel(new PulseFrameClock(), 2);
        stage.setScene(new Scene(new ExperimentsView(model, Messages.of(Locale.ENGLISH)), 1280, 800));
        stage.show();
    }

    @Stop
    void stop() {
        model.dispose();
    }

    @Test
    void aQpsByBatchSweepFromTheFormShowsItsSettingsAndHeatmap(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#servingPane").queryAs(TitledPane.class).setExpanded(true));
        SweepFormDriver form = new SweepFormDriver(robot).policies("fcfs").choose("targetBox", Target.Kind.RATE)
                .text("xsField", "2,8").text("cvsField", "1").text("seedsField", "1").text("jobsField", "60")
                .choose("workloadBox", "alpaca").choose("arrivalsBox", "fixed")
                .text("costModelField", "roofline:llama-2-7b@ascend-910b").text("serving-max-batch", "1,8");
        assertThat(form.label("runsLabel")).isEqualTo("4 runs: 2 policy configurations × 2 workload points");
        form.text("serving-acceptance", "-0.2");
        assertThat(form.label("specMessage")).startsWith("--acceptance");
        form.text("serving-acceptance", "");
        assertThat(form.label("specMessage")).isEmpty();
        robot.interact(() -> robot.lookup("#servingPane").queryAs(TitledPane.class).setExpanded(false));
        form.run();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.stateProperty().get() == SweepState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<SweepRow> table = robot.lookup("#sweepTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4).allMatch(r -> r.serving() != null && r.metrics().averageItl() > 0);
        assertThat(table.getItems()).extracting(r -> r.serving().maxBatch()).containsExactly(1, 8, 1, 8);
        LiveJctChart chart = robot.lookup("#liveJctChart").queryAs(LiveJctChart.class);
        assertThat(chart.lines()).containsOnlyKeys("fcfs, batch 1", "fcfs, batch 8");
        SweepFigures figures = robot.lookup("#sweepFigures").queryAs(SweepFigures.class);
        assertThat(figures.shown()).as("total time, latency and the heatmap").isEqualTo(3);
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .anyMatch(t -> t.startsWith("Total time by max batch and the sending rate"));
        assertThat(List.of(model.finishedRows().get(0).costModel())).containsExactly("roofline:llama-2-7b@ascend-910b");
    }
}
