package org.servelab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.servelab.policy.Accounting;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.gantt.GanttView;
import org.servelab.ui.model.JobRow;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.ui.narration.DecisionLogPane;
import org.servelab.ui.narration.NarrationLine;
import org.servelab.ui.queue.QueueView;
import org.testfx.api.FxRobot;

/**
 * The defects found when the window was tried as a new user would (issue 8, part B), each checked on the real
 * window on Figure 6(c) or the 99-job dataset.
 */
class TeachingFixesTest extends WindowTest {

    private static final Path DATASET = Path.of("sample-traces", "orca-appendix-b.csv");

    private PlaybackModel playback() {
        return app.playback();
    }

    private QueueView queue() {
        return app.window().queue();
    }

    // 1 ---------------------------------------------------------------------------------------------

    @Test
    void homeAfterDraggingTheSpeedResetsTheRunAndLeavesTheSpeed(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 3);
        robot.clickOn("#speedSlider");
        double speed = playback().speedProperty().get();
        robot.type(KeyCode.HOME);
        assertThat(playback().run().isOpening()).as("Home reset the run").isTrue();
        assertThat(playback().speedProperty().get()).as("and left the speed alone").isEqualTo(speed);
    }

    @Test
    void arrowsMoveAFocusedParameterSliderAndNotTheRun(FxRobot robot) {
        Slider queues = robot.lookup("#queuesSlider").queryAs(Slider.class);
        robot.interact(queues::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(playback().parameters().queuesProperty().get()).as("Queue_num moved").isEqualTo(5);
        assertThat(playback().run().isOpening()).as("the run did not step").isTrue();
        robot.type(KeyCode.HOME);
        assertThat(playback().parameters().queuesProperty().get()).isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.RIGHT);
        assertThat(playback().run().isOpening()).as("Escape gave the keys back to the run").isFalse();
        assertThat(playback().parameters().queuesProperty().get()).isEqualTo(1);
    }

    // 2 ---------------------------------------------------------------------------------------------

    @Test
    void playingTheDatasetNeverStacksChipsAndNamesTheRunningJob(FxRobot robot) {
        robot.interact(() -> {
            playback().loadTrace(TraceFiles.load(DATASET));
            playback().play();
        });
        for (int i = 0; i < 6; i++) {
            pulses(3);
            assertThat(queue().overlapReport()).as("chips drawn over each other or over other panels").isEmpty();
        }
        robot.interact(() -> playback().pause());
        pulses(8);
        assertThat(queue().overlaps()).isZero();
        int slot = playback().run().slotJob();
        if (slot >= 0) {
            assertThat(queue().tooltipAt(queue().chipBounds(playback().run().getRecording().trace().id(slot))[0] + 2,
                    queue().chipBounds(playback().run().getRecording().trace().id(slot))[1] + 2))
                    .startsWith(playback().run().getRecording().trace().id(slot));
        }
    }

    @Test
    void aLanguageSwitchWhilePlayingKeepsTheLanesFilled(FxRobot robot) {
        robot.interact(() -> {
            playback().loadTrace(TraceFiles.load(DATASET));
            playback().seek(playback().endProperty().get() * 0.3);
            playback().play();
        });
        pulses(5);
        robot.interact(() -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE));
        pulses(6);
        int waiting = 0;
        for (int x = 0; x < playback().run().queues().levels(); x++) {
            waiting += playback().run().queues().size(x);
        }
        robot.interact(() -> playback().pause());
        pulses(3);
        assertThat(waiting + playback().run().finishedCount()).as("jobs waiting or done").isPositive();
        assertThat(queue().chipsShown()).as("chips in the new window's lanes").isPositive();
    }

    // 3 ---------------------------------------------------------------------------------------------

    @Test
    void theNarrationAndTheDecisionLogSayWhy(FxRobot robot) {
        NarrationLine line = robot.lookup("#narration").queryAs(NarrationLine.class);
        assertThat(line.getText()).contains("buffer");
        robot.type(KeyCode.RIGHT);
        assertThat(line.getText()).contains("J1 joins Q4: prefill 5 ms > Q3's quantum 4 ms")
                .contains("next: J2 runs from Q1");
        robot.type(KeyCode.RIGHT);
        assertThat(line.getText()).contains("t = 1 ms").contains("J2 used its 1 ms quantum in Q1 → demoted to Q2");
        DecisionLogPane log = robot.lookup("#decisionLog").queryAs(DecisionLogPane.class);
        assertThat(log.lines()).isEqualTo(5);
        assertThat(log.line(0)).isEqualTo("t = 0 ms: J1 joins Q4: prefill 5 ms > Q3's quantum 4 ms");
        assertThat(log.line(4)).isEqualTo("t = 1 ms: J2 used its 1 ms quantum in Q1 → demoted to Q2");
    }

    @Test
    void chipsAndWaitingBarsExplainThemselvesAndTheLegendNamesWaiting(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 2);
        pulses(8);
        double[] j1 = queue().chipBounds("J1");
        assertThat(queue().tooltipAt(j1[0] + 3, j1[1] + 3)).contains("J1").contains("waiting since 0 ms")
                .contains("Q4 · quantum 8 ms");
        GanttView gantt = app.window().timeline().gantt();
        int row = gantt.rowOfJob(0);
        javafx.geometry.Point2D p = gantt.pointOf(0.5, row);
        assertThat(gantt.tooltipTextAt(p.getX(), p.getY())).startsWith("J1 waiting since 0 ms");
        assertThat(gantt.painter().timeline().levels()).isEqualTo(4);
        robot.interact(() -> app.window().showDetail(1));
        TableView<?> jobs = robot.lookup("#jobTable").queryAs(TableView.class);
        assertThat(jobs.getColumns()).extracting(c -> c.getText()).contains("Quantum used / left",
                "Waiting since (ms)");
        JobRow j2 = playback().run().rows().get(1);
        assertThat(j2.levelProperty().get()).as("J2 in Q2").isEqualTo(1);
        assertThat(j2.waitingSinceProperty().get()).isEqualTo(1.0);
    }

    // 4 ---------------------------------------------------------------------------------------------

    @Test
    void tokenAccountingCountsQuantaInIterations(FxRobot robot) {
        robot.interact(() -> playback().parameters().accountingProperty().set(Accounting.TOKENS));
        assertThat(playback().run().timeline().quantaInIterations()).isTrue();
        assertThat(playback().run().timeline().quantum(1)).as("Q2: 2 iterations").isEqualTo(2);
        robot.type(KeyCode.RIGHT, 2);
        NarrationLine line = robot.lookup("#narration").queryAs(NarrationLine.class);
        assertThat(line.getText()).contains("ran its 1 iteration in Q1");
        assertThat(line.getText()).doesNotContain("quantum in Q1");
    }

    // 5 ---------------------------------------------------------------------------------------------

    @Test
    void aQuantumAppliesAsItIsTypedAndARefusedOneSaysWhy(FxRobot robot) {
        TextField quantum = robot.lookup("#quantumField").queryAs(TextField.class);
        robot.interact(() -> quantum.setText("2"));
        assertThat(playback().parameters().quantumProperty().get()).as("applied at once").isEqualTo(2.0);
        robot.interact(() -> quantum.setText("-3"));
        Label why = robot.lookup("#quantumFieldMessage").queryAs(Label.class);
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).contains("-3").contains("greater than 0");
        assertThat(playback().parameters().quantumProperty().get()).as("the run keeps the last good value")
                .isEqualTo(2.0);
        robot.interact(() -> quantum.setText(""));
        assertThat(why.isVisible()).isFalse();
        assertThat(playback().parameters().quantumProperty().get()).isNaN();
    }

    // 6 ---------------------------------------------------------------------------------------------

    @Test
    void tenQueuesKeepTheirColoursAndTheLegendWraps(FxRobot robot) {
        javafx.scene.paint.Color q3 = org.servelab.ui.gantt.GanttPalette.levelColor(2, 4);
        robot.interact(() -> playback().parameters().queuesProperty().set(10));
        assertThat(org.servelab.ui.gantt.GanttPalette.levelColor(2, 10)).as("Q3 keeps its colour").isEqualTo(q3);
        for (int a = 0; a < 10; a++) {
            for (int b = a + 1; b < 10; b++) {
                javafx.scene.paint.Color ca = org.servelab.ui.gantt.GanttPalette.levelColor(a);
                javafx.scene.paint.Color cb = org.servelab.ui.gantt.GanttPalette.levelColor(b);
                double d = Math.abs(ca.getRed() - cb.getRed()) + Math.abs(ca.getGreen() - cb.getGreen())
                        + Math.abs(ca.getBlue() - cb.getBlue());
                assertThat(d).as("Q%d and Q%d look different", a + 1, b + 1).isGreaterThan(0.25);
            }
        }
        GanttView gantt = app.window().timeline().gantt();
        assertThat(gantt.painter().top(gantt.getWidth())).as("the legend wraps onto a second line")
                .isGreaterThan(org.servelab.ui.gantt.GanttGeometry.LEGEND_HEIGHT);
    }

    // 7 ---------------------------------------------------------------------------------------------

    @Test
    void followingKeepsTheNowLineAndTheRunningRowInView(FxRobot robot) {
        robot.interact(() -> playback().loadTrace(TraceFiles.load(DATASET)));
        GanttView gantt = app.window().timeline().gantt();
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                gantt.zoomIn();
            }
            playback().stepForward();
            playback().seek(playback().endProperty().get() * 0.6);
        });
        pulses(3);
        double now = playback().run().getTime();
        assertThat(now).isBetween(gantt.getVisibleStart(), gantt.getVisibleEnd());
        int running = playback().run().slotJob();
        if (running >= 0) {
            double top = gantt.pointOf(now, gantt.rowOfJob(running)).getY();
            assertThat(top).as("the running job's row is on screen").isBetween(0.0, gantt.getHeight());
        }
        robot.interact(() -> playback().seek(playback().endProperty().get() * 0.1));
        pulses(2);
        assertThat(playback().run().getTime()).as("back in time: the window follows")
                .isBetween(gantt.getVisibleStart(), gantt.getVisibleEnd());
    }

    // 10, 11 ---------------------------------------------------------------------------------------

    @Test
    void meanTtftCountsTheSameJobsAsTheOtherStatistics(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 3);
        assertThat(playback().run().stats().doneProperty().get()).isZero();
        assertThat(robot.lookup("#meanTtftValue").queryAs(Label.class).getText()).as("no job done: no mean")
                .isEqualTo("–");
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#meanTtftValue").queryAs(Label.class).getText()).isEqualTo("1");
    }

    @Test
    void theTimeReadoutKeepsItsWidthAndLongRunsReadInSeconds(FxRobot robot) {
        Label time = robot.lookup("#timeLabel").queryAs(Label.class);
        double width = time.getWidth();
        robot.type(KeyCode.RIGHT, 4);
        pulses(2);
        assertThat(time.getWidth()).isEqualTo(width);
        robot.interact(() -> playback().loadTrace(TraceFiles.load(DATASET)));
        pulses(2);
        assertThat(time.getText()).endsWith(" s");
        assertThat(time.getText()).isEqualTo("t = 0 ms / 1 min 32.2 s");
    }

    // 13 --------------------------------------------------------------------------------------------

    @Test
    void theJobTableSortsByAnyColumnAndFiltersById(FxRobot robot) {
        robot.interact(() -> {
            playback().loadTrace(TraceFiles.load(DATASET));
            playback().stepForward();
            playback().seek(playback().endProperty().get());
            app.window().showDetail(1);
        });
        @SuppressWarnings("unchecked")
        TableView<JobRow> table = robot.lookup("#jobTable").queryAs(TableView.class);
        robot.interact(() -> {
            javafx.scene.control.TableColumn<JobRow, ?> jct = table.getColumns().get(table.getColumns().size() - 2);
            jct.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().clear();
            table.getSortOrder().add(jct);
        });
        double first = table.getItems().get(0).jctProperty().get();
        double second = table.getItems().get(1).jctProperty().get();
        assertThat(first).as("sorted by JCT, longest first").isGreaterThanOrEqualTo(second)
                .isEqualTo(playback().run().getRecording().result().summary().maxJct());
        robot.interact(() -> robot.lookup("#jobFilter").queryAs(TextField.class).setText("J7"));
        assertThat(table.getItems()).extracting(JobRow::id).containsOnly("J7", "J70", "J71", "J72", "J73", "J74",
                "J75", "J76", "J77", "J78", "J79");
    }

    // 14 --------------------------------------------------------------------------------------------

    @Test
    void speedCanBeTypedOrSetAsAMultipleOfRealTime(FxRobot robot) {
        TextField speed = robot.lookup("#speedField").queryAs(TextField.class);
        robot.interact(() -> {
            speed.setText("250");
            speed.getOnAction().handle(null);
        });
        assertThat(playback().speedProperty().get()).isEqualTo(250);
        robot.clickOn("#realTimeMenu");
        robot.clickOn("1× real time");
        assertThat(playback().speedProperty().get()).as("1 s per second in a trace of ms").isEqualTo(1000);
        robot.interact(() -> playback().loadTrace(TraceFiles.defaultTrace()));
        assertThat(playback().speedProperty().get()).as("a trace opens at its default speed")
                .isEqualTo(playback().endProperty().get() / 20);
    }

    // 15 --------------------------------------------------------------------------------------------

    @Test
    void arrivalsCanBeRetimedFromTheRunTab(FxRobot robot) {
        robot.interact(() -> {
            playback().loadTrace(TraceFiles.load(DATASET));
            playback().arrivals().rateProperty().set(5);
            playback().arrivals().kindProperty().set("fixed");
        });
        var trace = playback().traceProperty().get();
        assertThat(trace.arrival(trace.byArrival(1)) - trace.arrival(trace.byArrival(0))).as("200 ms apart")
                .isEqualTo(200.0);
        assertThat(trace.size()).isEqualTo(99);
        robot.interact(() -> playback().paperSettings());
        assertThat(playback().arrivals().kindProperty().get()).isEqualTo("loaded");
    }

    @Test
    void openingATraceOffersThePaperSettingsAndSamplesAreOneClickAway(FxRobot robot) {
        robot.interact(() -> playback().parameters().maxBatchProperty().set(4));
        robot.interact(() -> app.window().opener().open(DATASET, app.scene().getWindow()));
        pulses(5);
        assertThat(app.window().notifications().isShowing()).isTrue();
        robot.interact(() -> robot.lookup("#loadedPaperButton").queryButton().fire());
        assertThat(playback().parameters().maxBatchProperty().get()).isEqualTo(1);
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) app.scene().lookup(".menu-bar");
        javafx.scene.control.Menu samples = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "samplesMenu".equals(i.getId())).findFirst().orElseThrow();
        assertThat(samples.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Figure 6(c) at batch size 2", "Batching: a long prompt, chunked prefill");
        robot.interact(() -> samples.getItems().stream().filter(i -> i.getText().equals("Figure 6(c) at batch size 2"))
                .findFirst().orElseThrow().fire());
        assertThat(playback().traceProperty().get().name()).isEqualTo("figure-6c");
        assertThat(playback().parameters().maxBatchProperty().get()).isEqualTo(2);
        assertThat(playback().run().getRecording().result().summary().averageJct()).isEqualTo(5.0);
    }

    // 16 --------------------------------------------------------------------------------------------

    @Test
    void errorsAreShownInChinese(FxRobot robot) {
        robot.interact(() -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE));
        robot.interact(() -> {
            playback().parameters().maxBatchProperty().set(2);
            playback().parameters().accountingProperty().set(Accounting.TOKENS);
        });
        pulses(5);
        assertThat(app.window().notifications().isShowing()).isTrue();
        assertThat(app.window().notifications().getText()).contains("按词元计数只能在最大批大小为 1 时使用");
        TextField quantum = robot.lookup("#quantumField").queryAs(TextField.class);
        robot.interact(() -> quantum.setText("abc"));
        assertThat(robot.lookup("#quantumFieldMessage").queryAs(Label.class).getText()).isEqualTo("“abc”不是数字");
    }

    // 17, 19 ---------------------------------------------------------------------------------------

    @Test
    void presentationModeEnlargesTextAndChips(FxRobot robot) {
        double[] before = queue().chipBounds("J1");
        robot.interact(() -> app.window().setPresentation(true));
        pulses(5);
        assertThat(app.window().root().getStyleClass()).contains("presentation");
        double[] after = queue().chipBounds("J1");
        assertThat(after[2]).as("wider chips").isGreaterThan(before[2]);
        robot.interact(() -> app.window().setPresentation(false));
        pulses(5);
        assertThat(queue().chipBounds("J1")[2]).isEqualTo(before[2]);
    }

    @Test
    void theStatusLineSaysWhatTheKeysDoInTheTabShowing(FxRobot robot) {
        assertThat(app.window().hint()).contains("Space: play/pause");
        robot.interact(() -> app.window().showExperiments(true));
        assertThat(app.window().hint()).doesNotContain("Space").contains("sweep");
        robot.interact(() -> app.window().showCompare(true));
        assertThat(app.window().hint()).contains("every column on one clock");
    }
}
