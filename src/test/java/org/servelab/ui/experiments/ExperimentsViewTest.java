package org.servelab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.servelab.experiment.CancelSignal;
import org.servelab.experiment.SweepCsv;
import org.servelab.experiment.SweepGrid;
import org.servelab.experiment.SweepListener;
import org.servelab.experiment.SweepOptions;
import org.servelab.experiment.SweepPoint;
import org.servelab.experiment.SweepResult;
import org.servelab.experiment.SweepRow;
import org.servelab.experiment.SweepRunner;
import org.servelab.experiment.SweepSpec;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.shell.PulseFrameClock;
import org.servelab.workload.generate.Target;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Experiments tab headless: define a sweep in the form, run, cancel and export it. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsViewTest {

    /** 2 policies x 3 loads x 2 seeds, 200 jobs a run. */
    private static final int SMALL_RUNS = 12;
    private static final long TIMEOUT_S = 60;

    private ExperimentsModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ExperimentsModel(new PulseFrameClock(), 2);
        stage.setScene(new Scene(new ExperimentsView(model, Messages.of(Locale.ENGLISH)), 1280, 800));
        stage.show();
    }

    @Stop
    void stop() {
        model.dispose();
    }

    private SweepFormDriver smallSweep(FxRobot robot) {
        return new SweepFormDriver(robot).policies("fcfs", "skip-join-mlfq")
                .choose("targetBox", Target.Kind.LOAD).text("xsField", "0.5,0.7,0.9").text("cvsField", "1")
                .text("seedsField", "2").text("jobsField", "200");
    }

    /** The same spec, built the way {@code servelab sweep} builds it from its flags. */
    private static SweepSpec smallSpecFromFlags() {
        return new SweepOptions().policy("fcfs,skip-join-mlfq").load("0.5,0.7,0.9").cv("1").seeds("2").jobs("200")
                .over(SweepOptions.defaults()).validate();
    }

    private static SweepResult direct(SweepSpec spec, List<SweepPoint> points) {
        return new SweepRunner(spec, Path.of("")).run(points, 1, SweepListener.NONE, new CancelSignal());
    }

    private void awaitState(SweepState state) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> model.stateProperty().get() == state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SweepRow> table(FxRobot robot) {
        return robot.lookup("#sweepTable").queryAs(TableView.class);
    }

    @Test
    void aSweepDefinedInTheFormFillsTheTableWithTheRunnersNumbers(FxRobot robot) throws Exception {
        assertThat(((javafx.scene.control.Label) table(robot).getPlaceholder()).getText())
                .as("the empty table says what to do").startsWith("No runs yet");
        SweepFormDriver form = smallSweep(robot);
        assertThat(form.label("runsLabel")).isEqualTo("12 runs: 2 policy configurations × 6 workload points");
        form.run();
        awaitState(SweepState.FINISHED);

        SweepSpec spec = smallSpecFromFlags();
        assertThat(model.specProperty().get()).isEqualTo(spec);
        SweepResult expected = direct(spec, SweepGrid.points(spec));
        TableView<SweepRow> table = table(robot);
        assertThat(table.getItems()).hasSize(SMALL_RUNS).containsExactlyElementsOf(expected.rows());
        assertThat(SweepCsv.text(model.rows())).isEqualTo(SweepCsv.text(expected.rows()));
        assertThat(form.label("progressLabel")).isEqualTo("12 / 12 runs");
        assertThat(robot.lookup("#sweepProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(form.label("sweepStateLabel")).startsWith("Finished: 12 runs in ");

        LiveJctChart chart = robot.lookup("#liveJctChart").queryAs(LiveJctChart.class);
        assertThat(chart.lines()).containsOnlyKeys("fcfs", "skip-join-mlfq (Q=4, r=2, q=auto)");
        List<XYChart.Data<Number, Number>> fcfs = chart.lines().get("fcfs");
        assertThat(fcfs).extracting(d -> d.getXValue().doubleValue()).containsExactly(0.5, 0.7, 0.9);
        double meanAtHalf = expected.rows().stream().filter(r -> r.config().policy().equals("fcfs") && r.load() == 0.5)
                .mapToDouble(r -> r.summary().averageJct()).average().orElseThrow();
        assertThat(fcfs.get(0).getYValue().doubleValue()).as("mean over the two seeds").isEqualTo(meanAtHalf);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).as("lines in grid order")
                .containsExactly("fcfs", "skip-join-mlfq (Q=4, r=2, q=auto)");
        List<SweepRow> lastFirst = new ArrayList<>(expected.rows());
        java.util.Collections.reverse(lastFirst);
        assertThat(JctCurves.of(lastFirst)).extracting(JctCurves.Curve::name)
                .as("grid order whatever order the runs finish in")
                .containsExactly("fcfs", "skip-join-mlfq (Q=4, r=2, q=auto)");
    }

    @Test
    void everyColumnSortsAsNumbersAndTheFilterKeepsMatchingRuns(FxRobot robot) throws Exception {
        smallSweep(robot).run();
        awaitState(SweepState.FINISHED);
        TableView<SweepRow> table = table(robot);
        List<SweepRow> grid = new ArrayList<>(table.getItems());
        assertThat(grid).extracting(SweepRow::index).isSorted();

        robot.clickOn("#sweepCol-meanJct");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(SMALL_RUNS)
                .extracting(r -> r.summary().averageJct()).as("ascending after one click").isSorted();
        assertThat(table.getItems()).isNotEqualTo(grid);
        robot.clickOn("#sweepCol-meanJct");
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> descending = table.getItems().stream().map(r -> r.summary().averageJct()).toList();
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        robot.clickOn("#sweepCol-seed");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(SweepRow::seed).isSorted();
        List<SweepRow> items = table.getItems();
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i).seed() == items.get(i - 1).seed()) {
                assertThat(items.get(i).index()).as("ties keep grid order").isGreaterThan(items.get(i - 1).index());
            }
        }

        TextField filter = robot.lookup("#sweepFilter").queryAs(TextField.class);
        robot.clickOn(filter).write("skip-join");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(SMALL_RUNS / 2)
                .allMatch(r -> r.config().policy().equals("skip-join-mlfq"));
        assertThat(robot.lookup("#sweepShown").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("6 of 12 runs");
        robot.interact(() -> filter.setText("no such run"));
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> {
            filter.setText("");
            table.getSortOrder().clear();
        });
        assertThat(table.getItems()).as("grid order again with no sort column").containsExactlyElementsOf(grid);
    }

    @Test
    void runStaysInViewInASmallWindow(FxRobot robot) throws Exception {
        // 1024 x 700 less the main window's menu bar and tab headers
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node run = robot.lookup("#runSweepButton").query();
        javafx.geometry.Bounds b = run.localToScene(run.getBoundsInLocal());
        Scene scene = run.getScene();
        assertThat(b.getMaxY()).as("Run's bottom edge inside the window").isLessThanOrEqualTo(scene.getHeight());
        assertThat(b.getMinY()).isGreaterThan(scene.getHeight() / 2);
        assertThat(b.getMaxX()).isLessThanOrEqualTo(scene.getWidth());
        javafx.scene.control.ScrollPane fields = robot.lookup("#sweepFormFields").queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(fields.getContent().getBoundsInLocal().getHeight()).as("the fields do scroll here")
                .isGreaterThan(fields.getViewportBounds().getHeight());
        smallSweep(robot).text("seedsField", "1").run();
        awaitState(SweepState.FINISHED);
        assertThat(table(robot).getItems()).hasSize(SMALL_RUNS / 2);
    }

    @Test
    void aBadSpecShowsTheCommandLinesMessageAndStartsNothing(FxRobot robot) {
        SweepFormDriver form = new SweepFormDriver(robot);
        form.policies();
        expectRefused(robot, form, "--policy: the list is empty", "policyChecks");

        form.policies("fcfs").text("cvsField", "-1");
        expectRefused(robot, form, "--cv: the coefficient of variation must be a number >= 0, got -1", "cvsField");

        form.text("cvsField", "1").choose("targetBox", Target.Kind.RATE).text("xsField", "0");
        expectRefused(robot, form, "--rate: must be a positive number, got 0", "xsField");

        form.text("xsField", "1,2");
        assertThat(form.label("specMessage")).isEmpty();
        assertThat(robot.lookup("#xsField").queryAs(TextField.class).getStyleClass()).doesNotContain("invalid");
    }

    private void expectRefused(FxRobot robot, SweepFormDriver form, String message, String outlined) {
        assertThat(form.label("specMessage")).as("shown as it is typed").isEqualTo(message);
        assertThat(robot.lookup("#" + outlined).query().getStyleClass()).contains("invalid");
        form.run();
        assertThat(model.stateProperty().get()).isEqualTo(SweepState.IDLE);
        assertThat(model.totalProperty().get()).isZero();
        assertThat(model.rows()).isEmpty();
        assertThat(form.label("sweepError")).isEqualTo(message);
    }

    @Test
    void cancelStopsPromptlyAndKeepsAConsistentPartialResult(FxRobot robot) throws Exception {
        SweepFormDriver form = new SweepFormDriver(robot).policies("fcfs", "skip-join-mlfq", "srpt")
                .text("xsField", "0.5:0.9:0.05").text("seedsField", "30").text("jobsField", "4000");
        form.run();
        int total = model.totalProperty().get();
        assertThat(total).isEqualTo(3 * 9 * 30);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> model.doneProperty().get() >= 4);
        robot.clickOn("#cancelSweepButton");
        long cancelledAt = System.nanoTime();
        awaitState(SweepState.CANCELLED);
        double seconds = (System.nanoTime() - cancelledAt) / 1e9;
        assertThat(seconds).as("runs in progress finish, no new one starts").isLessThan(5);

        SweepResult result = model.resultProperty().get();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.total()).isEqualTo(total);
        List<SweepRow> kept = result.rows();
        assertThat(kept.size()).isBetween(4, total - 1);
        assertThat(model.rows()).containsExactlyElementsOf(kept);
        assertThat(table(robot).getItems()).containsExactlyElementsOf(kept);
        assertThat(model.doneProperty().get()).isEqualTo(kept.size());
        assertThat(form.label("progressLabel")).isEqualTo(kept.size() + " / " + total + " runs");
        assertThat(form.label("sweepStateLabel")).isEqualTo("Cancelled: " + kept.size() + " of " + total + " runs kept");

        Set<Integer> indexes = kept.stream().map(SweepRow::index).collect(Collectors.toCollection(TreeSet::new));
        SweepSpec spec = model.specProperty().get();
        List<SweepPoint> same = new ArrayList<>();
        for (SweepPoint p : SweepGrid.points(spec)) {
            if (indexes.contains(p.index())) {
                same.add(p);
            }
        }
        assertThat(direct(spec, same).rows()).as("each kept row is what its run gives").containsExactlyElementsOf(kept);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rows()).as("nothing arrives after the end").hasSize(kept.size());
    }

    @Test
    void exportsWriteTheCsvOfTheResultsAndNonBlankPlots(FxRobot robot, @TempDir Path dir) throws Exception {
        smallSweep(robot).run();
        awaitState(SweepState.FINISHED);
        SweepResult result = model.resultProperty().get();

        Path csv = dir.resolve("ui.csv");
        model.exportCsv(csv);
        Path reference = dir.resolve("reference.csv");
        SweepCsv.write(result.rows(), reference);
        assertThat(Files.readAllBytes(csv)).isEqualTo(Files.readAllBytes(reference));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8).lines()).hasSize(1 + SMALL_RUNS);

        List<Path> plots = model.exportPlots(dir.resolve("plots"));
        assertThat(plots).extracting(p -> p.getFileName().toString())
                .containsExactly("jct-vs-load.png", "ratio-vs-load.png");
        for (Path p : plots) {
            BufferedImage image = ImageIO.read(p.toFile());
            assertThat(image.getWidth()).isGreaterThan(400);
            assertThat(inkFraction(image)).as(p + " has lines and text").isGreaterThan(0.01);
        }
    }

    /** The share of pixels that are not (nearly) white. */
    private static double inkFraction(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 3 * 235) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
