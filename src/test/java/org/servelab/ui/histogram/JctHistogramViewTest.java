package org.servelab.ui.histogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live histogram fills its shared bins as jobs finish, once per pulse. */
@ExtendWith(ApplicationExtension.class)
class JctHistogramViewTest {

    JctHistogramView view;
    final ObservableList<Double> fcfs = FXCollections.observableArrayList();
    final ObservableList<Double> skipJoin = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) {
        view = new JctHistogramView();
        view.setBinRange(20);
        view.setBinCount(10);
        view.addSeries("FCFS", fcfs);
        view.addSeries("skip-join MLFQ", skipJoin);
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
    }

    @Test
    void addingJctsFillsTheSharedBins(FxRobot robot) {
        robot.interact(() -> {
            fcfs.addAll(6.0, 8.0, 11.0);
            skipJoin.addAll(11.0, 4.0, 5.0);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.bins().max()).as("the set range, not the data's").isEqualTo(20);
        assertThat(view.binCounts("FCFS")).containsExactly(0, 0, 0, 1, 1, 1, 0, 0, 0, 0);
        assertThat(view.binCounts("skip-join MLFQ")).containsExactly(0, 0, 2, 0, 0, 1, 0, 0, 0, 0);
        assertThat(Arrays.stream(view.binCounts("FCFS")).sum()).isEqualTo(3);

        robot.interact(() -> fcfs.add(19.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.binCounts("FCFS")[9]).isEqualTo(1);
        assertThat(view.chart().getData()).hasSize(2);
        assertThat(view.chart().getData().get(0).getData()).as("each bin a bar of its own: four points per bin")
                .hasSize(40);
    }

    @Test
    void manyAdditionsInOnePulseRebuildOnce(FxRobot robot) {
        int before = view.rebuilds();
        robot.interact(() -> {
            for (int i = 0; i < 500; i++) {
                fcfs.add((double) (i % 20));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.rebuilds() - before).isBetween(1, 2);
        assertThat(Arrays.stream(view.binCounts("FCFS")).sum()).isEqualTo(500);
    }

    @Test
    void withoutARangeTheBinsCoverTheLargestValue(FxRobot robot) {
        robot.interact(() -> {
            view.setBinRange(Double.NaN);
            skipJoin.addAll(3.0, 170.0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.bins().max()).isEqualTo(200);
        assertThat(view.binCounts("skip-join MLFQ")[8]).isEqualTo(1);
    }

    @Test
    void aLogarithmicScaleSpreadsALongTailAndEveryBinHasItsEdges(FxRobot robot) {
        robot.interact(() -> {
            view.setBinRange(Double.NaN);
            view.setLogScale(true);
            fcfs.addAll(2.0, 3.0, 20.0, 900.0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.bins().logarithmic()).isTrue();
        assertThat(view.bins().min()).isEqualTo(1);
        assertThat(view.bins().max()).isEqualTo(1000);
        int[] counts = view.binCounts("FCFS");
        assertThat(counts[0] + counts[1] + counts[2] + counts[3]).as("2 and 3 in the first decade").isEqualTo(2);
        assertThat(counts[9]).as("900 in the last bin").isEqualTo(1);
        var points = view.chart().getData().get(0).getData();
        assertThat(points.get(0).getYValue().intValue()).as("each bar starts at zero").isZero();
        assertThat(points.get(3).getYValue().intValue()).as("and comes back down: its edges are drawn").isZero();
    }
}
