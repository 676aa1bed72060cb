package org.servelab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servelab.policy.Accounting;
import org.servelab.ui.experiments.ExperimentsModel;
import org.servelab.ui.experiments.SweepState;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.ui.queue.QueueView;
import org.servelab.ui.tokens.TokenLogPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on Figure 6(c), driven headless through Monocle. */
class MainWindowTest extends WindowTest {

    private PlaybackModel playback() {
        return app.playback();
    }

    private QueueView queue() {
        return app.window().queue();
    }

    private String tokenOrder(FxRobot robot) {
        TokenLogPane log = robot.lookup("#tokenLog").queryAs(TokenLogPane.class);
        return log.lines().stream().map(t -> t.job() + "·" + t.token()).collect(Collectors.joining(" "));
    }

    private void step(FxRobot robot, int times) {
        for (int i = 0; i < times; i++) {
            robot.clickOn("#stepForwardButton");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Past the opening: the first step places the arrivals of time 0 in their queues. */
    private void placed(FxRobot robot) {
        step(robot, 1);
    }

    @Test
    void opensOnFigure6cPausedAtZeroWithTheArrivalsInTheBuffer(FxRobot robot) {
        assertThat(robot.lookup("#timeLabel").queryAs(Label.class).getText()).isEqualTo("t = 0 ms / 11 ms");
        assertThat(app.window().hint()).contains("Space");
        assertThat(playback().playingProperty().get()).isFalse();
        assertThat(playback().parameters().policyProperty().get()).isEqualTo("skip-join-mlfq");
        assertThat(queue().placement("J1")).isEqualTo("buffer#0");
        assertThat(queue().placement("J3")).isEqualTo("buffer#2");
        placed(robot);
        assertThat(playback().run().getTime()).isZero();
        assertThat(queue().placement("J1")).isEqualTo("Q4#0");
        assertThat(queue().placement("J2")).isEqualTo("Q1#0");
        assertThat(queue().placement("J3")).isEqualTo("Q2#0");
    }

    @Test
    void sixStepsFollowThePaper(FxRobot robot) {
        placed(robot);
        step(robot, 1);
        assertThat(queue().placement("J3")).isEqualTo("Q2#0");
        assertThat(queue().placement("J2")).as("J2 demoted behind J3").isEqualTo("Q2#1");
        step(robot, 1);
        assertThat(queue().placement("J3")).as("J3 used its 2 ms").isEqualTo("Q3#0");
        assertThat(queue().placement("J2")).isEqualTo("Q2#0");
        step(robot, 1);
        assertThat(queue().placement("J2")).isEqualTo("done");
        step(robot, 1);
        assertThat(queue().placement("J3")).isEqualTo("done");
        step(robot, 1);
        assertThat(queue().placement("J1")).as("5 < 8: J1 keeps the slot for its decode").isEqualTo("slot");
        assertThat(playback().run().tokensOf(0)).isEqualTo(1);
        step(robot, 1);
        assertThat(queue().placement("J1")).isEqualTo("done");
        assertThat(tokenOrder(robot)).isEqualTo("J2·1 J3·1 J2·2 J3·2 J1·1 J1·2");
        assertThat(robot.lookup("#meanJctValue").queryAs(Label.class).getText()).isEqualTo("6.667");
    }

    @Test
    void tokenAccountingSwapsWhoFinishesFirst(FxRobot robot) {
        robot.interact(() -> playback().parameters().accountingProperty().set(Accounting.TOKENS));
        placed(robot);
        step(robot, 3);
        assertThat(queue().placement("J3")).as("J3 finishes first").isEqualTo("done");
        assertThat(queue().placement("J2")).isEqualTo("Q2#0");
        step(robot, 3);
        assertThat(tokenOrder(robot)).isEqualTo("J2·1 J3·1 J3·2 J2·2 J1·1 J1·2");
    }

    @Test
    void queueSliderChangesTheLanesAndTheResults(FxRobot robot) {
        Slider slider = robot.lookup("#queuesSlider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(2));
        placed(robot);
        assertThat(playback().run().queues().levels()).isEqualTo(2);
        assertThat(queue().placement("J1")).as("5 ms prefill goes to the last of two queues").isEqualTo("Q2#0");
        assertThat(playback().run().getRecording().result().summary().averageJct()).isEqualTo(10.0);
    }

    @Test
    void keyboardStepsPlaysAndResets(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertThat(playback().run().getTime()).isEqualTo(1.0);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        assertThat(playback().run().getTime()).isEqualTo(1.0);
        robot.type(KeyCode.HOME);
        assertThat(playback().run().getTime()).isZero();
        assertThat(playback().run().isOpening()).isTrue();
    }

    @Test
    void stepBackThenForwardReturnsTheSameState(FxRobot robot) {
        placed(robot);
        step(robot, 4);
        String before = tokenOrder(robot) + queue().placement("J1") + queue().placement("J2") + queue().placement("J3");
        robot.clickOn("#stepBackButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tokenOrder(robot)).isEqualTo("J2·1 J3·1 J2·2");
        step(robot, 1);
        String after = tokenOrder(robot) + queue().placement("J1") + queue().placement("J2") + queue().placement("J3");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void playRunsTheThreadedEngineToTheEnd(FxRobot robot) throws Exception {
        robot.interact(() -> playback().speedProperty().set(200));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> playback().run().isFinished());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tokenOrder(robot)).isEqualTo("J2·1 J3·1 J2·2 J3·2 J1·1 J1·2");
        assertThat(playback().playingProperty().get()).isFalse();
    }

    @Test
    void exportWritesAPngOfTheRequestedWidth(FxRobot robot, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("gantt.png");
        app.window().export().write(playback().run().getRecording().timeline(), 900, out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(distinctColours(image)).as("not blank").isGreaterThan(5);
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void aBadFileShowsTheErrorAndKeepsTheTrace(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"bad\", \"timeUnit\": \"ms\", \"jobs\": [\n"
                + "  {\"id\": \"A\", \"arrival\": 0, \"promptTokens\": 4, \"outputTokens\": -3}\n]}\n");
        robot.interact(() -> app.window().opener().open(bad, app.scene().getWindow()));
        WaitForAsyncUtils.waitForFxEvents();
        String text = app.window().opener().lastError().getContentText();
        assertThat(app.window().opener().lastError().isShowing()).isTrue();
        assertThat(text).contains("bad.json").contains("outputTokens");
        robot.interact(() -> app.window().opener().lastError().close());
        assertThat(playback().traceProperty().get().name()).isEqualTo("figure-6c");
        assertThat(playback().run().rows()).hasSize(3);
    }

    @Test
    void languageSwitchesToChinese(FxRobot robot) {
        robot.interact(() -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE));
        assertThat(app.window().hint()).contains("空格");
        robot.type(KeyCode.RIGHT);
        assertThat(app.window().queue().placement("J2")).isEqualTo("Q1#0");
        robot.type(KeyCode.RIGHT);
        assertThat(app.window().queue().placement("J2")).as("the new window follows the same model")
                .isEqualTo("Q2#1");
        assertThat(tokenOrder(robot)).isEqualTo("J2·1");
    }

    @Test
    void theScrubberStaysAtTheCurrentTimeAcrossALanguageSwitch(FxRobot robot) {
        step(robot, 3);
        double t = playback().run().getTime();
        assertThat(t).isPositive();
        robot.interact(() -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timeSlider").queryAs(Slider.class).getValue()).isEqualTo(t);
        assertThat(playback().run().getTime()).as("building the new bar does not seek").isEqualTo(t);
    }

    @Test
    void timeColumnsAndStatisticsNameTheirUnit(FxRobot robot) {
        robot.interact(() -> app.window().showDetail(1));
        TableView<?> jobs = robot.lookup("#jobTable").queryAs(TableView.class);
        java.util.List<String> titles = jobs.getColumns().stream().map(c -> c.getText()).toList();
        assertThat(titles)
                .containsExactly("Job", "Arrival (ms)", "Prefill (ms)", "Tokens", "Queue", "Quantum used / left",
                        "State", "Waiting since (ms)", "TTFT (ms)", "JCT (ms)", "Preempted");
        robot.interact(() -> {
            app.switchLanguage(Locale.SIMPLIFIED_CHINESE);
            app.window().showDetail(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> zh = robot.lookup("#jobTable").queryAs(TableView.class);
        assertThat(zh.getColumns().get(1).getText()).isEqualTo("到达（ms）");
    }

    @Test
    void theExperimentsTabKeepsItsSweepAcrossALanguageSwitch(FxRobot robot) throws Exception {
        robot.clickOn("Experiments");
        assertThat(robot.lookup("#experimentsView").tryQuery()).isPresent();
        ExperimentsModel experiments = app.experiments();
        robot.interact(() -> {
            experiments.form().fill("fcfs,skip-join-mlfq", "4", "2", "0.5:0.9:0.1", "1", "3", "500");
            experiments.run();
            app.switchLanguage(Locale.SIMPLIFIED_CHINESE);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> experiments.stateProperty().get() == SweepState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("实验");
        assertThat(robot.lookup("#sweepTable").queryAs(TableView.class).getItems().size()).isEqualTo(30);
        assertThat(robot.lookup("#progressLabel").queryAs(Label.class).getText()).isEqualTo("30 / 30 次运行");
    }

    @Test
    void spaceTicksACheckBoxInTheExperimentsTabInsteadOfPlaying(FxRobot robot) {
        robot.clickOn("Experiments");
        javafx.scene.control.CheckBox mlfq = robot.lookup("#policy-mlfq").queryAs(javafx.scene.control.CheckBox.class);
        boolean before = mlfq.isSelected();
        robot.interact(mlfq::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mlfq.isSelected()).as("space toggles the focused check box").isEqualTo(!before);
        assertThat(app.playback().playingProperty().get()).as("the hidden run tab does not play").isFalse();
    }

    /** Distinct colours in a snapshot of the queue view: a painted view has lanes, chips and text. */
    static long queueColours(FxRobot robot) {
        javafx.scene.Node view = robot.lookup("#queueView").query();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shot.set(view.snapshot(null, null)));
        javafx.scene.image.PixelReader px = shot.get().getPixelReader();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < shot.get().getHeight(); y += 3) {
            for (int x = 0; x < shot.get().getWidth(); x += 3) {
                colours.add(px.getArgb(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void theQueueViewIsPaintedAfterALanguageSwitch(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        long before = queueColours(robot);
        assertThat(before).as("colours before the switch").isGreaterThan(10);
        robot.interact(() -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(queueColours(robot)).as("colours after the switch").isGreaterThan(10);
    }
}
