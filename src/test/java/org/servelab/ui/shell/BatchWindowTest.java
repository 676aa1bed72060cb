package org.servelab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.servelab.engine.event.JobPreempted;
import org.servelab.engine.event.SimEvent;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.gantt.BatchStrip;
import org.servelab.ui.gantt.GanttView;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.queue.KvMemoryBar;
import org.servelab.ui.queue.QueueView;
import org.testfx.api.FxRobot;

/** Batching in the window: the batch's slots, the KV memory bar, the Gantt chart of overlapping runs. */
class BatchWindowTest extends WindowTest {

    private static final Path DATASET = Path.of("sample-traces", "orca-appendix-b.csv");
    private static final Path LONG_PROMPT = Path.of("sample-traces", "batching-long-prompt.json");

    private PlaybackModel playback() {
        return app.playback();
    }

    private QueueView queue() {
        return app.window().queue();
    }

    @Test
    void figure6cAtBatchTwoRunsTwoJobsInTheBatchAndEndsAt9_3_3(FxRobot robot) {
        robot.interact(() -> playback().parameters().maxBatchProperty().set(2));
        robot.interact(() -> {
            playback().stepForward();
            playback().seek(1);
        });
        pulses(3);
        RunModel run = playback().run();
        assertThat(run.batched()).isTrue();
        assertThat(queue().placement("J2")).as("J2 and J3 prefill in one batch").isEqualTo("slot#0");
        assertThat(queue().placement("J3")).isEqualTo("slot#1");
        assertThat(queue().placement("J1")).as("J1 waits in Q4").isEqualTo("Q4#0");
        assertThat(run.slotCount()).isEqualTo(2);
        assertThat(run.workProgress(1)).isEqualTo(0.5);
        double[] j2 = queue().chipBounds("J2");
        assertThat(queue().tooltipAt(j2[0] + 2, j2[1] + 2)).contains("J2").contains("prefill");
        robot.interact(() -> playback().stepForward());
        assertThat(run.getTime()).isEqualTo(2.0);
        assertThat(queue().placement("J2")).as("the batch took 2 ms: J2 used Q1's 1 ms").isEqualTo("Q2#0");
        assertThat(queue().placement("J3")).as("and J3 Q2's 2 ms").isEqualTo("Q3#0");
        robot.interact(() -> playback().seek(2.5));
        pulses(3);
        j2 = queue().chipBounds("J2");
        assertThat(queue().tooltipAt(j2[0] + 2, j2[1] + 2)).contains("decode token 2 of 2");
        robot.interact(() -> playback().seek(9));
        assertThat(run.finishedJcts()).containsExactly(3.0, 3.0, 9.0);
    }

    @Test
    void aDenseGridHolds256SlotsWithACounterAndNoChipOverAnother(FxRobot robot) {
        robot.interact(() -> {
            playback().arrivals().rateProperty().set(50);
            playback().arrivals().kindProperty().set("poisson");
            playback().loadTrace(TraceFiles.load(DATASET));
            playback().parameters().maxBatchProperty().set(256);
            playback().stepForward();
            playback().seek(playback().endProperty().get() * 0.25);
        });
        pulses(8);
        RunModel run = playback().run();
        assertThat(run.slotCount()).isEqualTo(256);
        assertThat(run.slotsUsed()).as("a full batch").isGreaterThan(20);
        assertThat(queue().overlapReport()).isEmpty();
        int s = 0;
        while (run.slotJob(s) < 0) {
            s++;
        }
        String id = run.getRecording().trace().id(run.slotJob(s));
        assertThat(queue().placement(id)).isEqualTo("slot#" + s);
        double[] b = queue().chipBounds(id);
        assertThat(b[2]).as("cells shrink to a dense grid").isLessThan(30);
        assertThat(queue().tooltipAt(b[0] + 1, b[1] + 1)).startsWith(id);
    }

    @Test
    void theKvBarShowsEachJobsBlocksAndMarksAFailedAllocation(FxRobot robot) {
        robot.interact(() -> {
            playback().parameters().update(() -> {
                playback().parameters().policyProperty().set("fcfs");
                playback().parameters().maxBatchProperty().set(16);
                playback().parameters().kvBlocksProperty().set(150);
            });
            playback().arrivals().kindProperty().set("poisson");
            playback().loadTrace(TraceFiles.load(DATASET));
        });
        double at = Double.NaN;
        int victim = -1;
        for (SimEvent e : playback().run().getRecording().others()) {
            if (e instanceof JobPreempted) {
                at = e.time();
                victim = e.job();
                break;
            }
        }
        assertThat(at).as("150 blocks are too few: something is preempted").isNotNaN();
        double t = at;
        robot.interact(() -> {
            playback().stepForward();
            playback().seek(t);
        });
        pulses(8);
        RunModel run = playback().run();
        KvMemoryBar bar = queue().memory();
        robot.interact(bar::paintNow);
        String id = run.getRecording().trace().id(victim);
        assertThat(run.preempted(victim)).isTrue();
        assertThat(queue().placement(id)).as("the preempted chip is back in the waiting lane").startsWith("Q1#");
        assertThat(queue().tooltipAt(queue().chipBounds(id)[0] + 2, queue().chipBounds(id)[1] + 2))
                .contains("preempted once");
        assertThat(run.lastFailedJob()).isEqualTo(victim);
        long sum = 0;
        int holder = -1;
        for (int j = 0; j < run.getRecording().trace().size(); j++) {
            sum += run.blocksOf(j);
            if (run.blocksOf(j) > 0 && holder < 0) {
                holder = j;
            }
        }
        assertThat(sum).isEqualTo(run.kvUsed()).isLessThanOrEqualTo(150);
        double[] seg = bar.segmentOf(holder);
        assertThat(seg).as("a segment per job holding blocks").isNotNull();
        assertThat(bar.textAt(seg[0] + seg[1] / 2, 30)).startsWith(run.getRecording().trace().id(holder) + ": "
                + run.blocksOf(holder) + " blocks, context");
    }

    @Test
    void theGanttLightsEveryIterationOfOverlappingRunsAndTheStripSharesTheCursor(FxRobot robot) {
        robot.interact(() -> {
            playback().parameters().update(() -> {
                playback().parameters().policyProperty().set("fcfs");
                playback().parameters().maxBatchProperty().set(4);
                playback().parameters().maxBatchTokensProperty().set(256);
            });
            playback().loadTrace(TraceFiles.load(LONG_PROMPT));
            playback().stepForward();
            playback().seek(12);
        });
        pulses(3);
        GanttView gantt = app.window().timeline().gantt();
        int rowA = gantt.rowOfJob(0);
        int rowL = gantt.rowOfJob(3);
        assertThat(gantt.sliceAt(8, rowA)).as("A decodes at 8").isPresent();
        assertThat(gantt.sliceAt(8, rowL)).as("L's prefill chunk in the same batch").isPresent();
        assertThat(gantt.sliceAt(8, rowL).get().prefill()).isTrue();
        assertThat(gantt.sliceAt(8, rowL).get().chunks()).isEqualTo(5);
        var first = gantt.sliceAt(4.5, rowA).orElseThrow();
        var second = gantt.sliceAt(7.5, rowA).orElseThrow();
        assertThat(first.run()).as("one run of A").isEqualTo(second.run());
        assertThat(first.end()).as("but two iterations").isEqualTo(second.start());
        BatchStrip strip = app.window().timeline().strip();
        assertThat(strip.isVisible()).isTrue();
        assertThat(strip.nowProperty().get()).isEqualTo(playback().run().getTime());
        robot.interact(() -> playback().seek(20));
        assertThat(strip.nowProperty().get()).as("one cursor through the Gantt and the strip").isEqualTo(20.0);
        assertThat(gantt.getNow()).isEqualTo(20.0);
    }

    @Test
    void theLongPromptStallsDecodesUnderPrefillFirstAndNotUnderChunked(FxRobot robot) {
        double[] tpot = new double[2];
        int k = 0;
        for (String mode : new String[] {"chunked", "prefill-first"}) {
            robot.interact(() -> {
                playback().parameters().update(() -> {
                    playback().parameters().policyProperty().set("fcfs");
                    playback().parameters().maxBatchProperty().set(4);
                    playback().parameters().maxBatchTokensProperty().set(256);
                    playback().parameters().batchingModeProperty().set(
                            org.servelab.policy.batch.BatchingMode.parse(mode));
                });
                playback().loadTrace(TraceFiles.load(LONG_PROMPT));
            });
            tpot[k++] = playback().run().getRecording().result().serving().tpot().max();
        }
        assertThat(tpot[1]).as("A, B and C wait out L's whole prefill").isGreaterThan(tpot[0]);
        var r = playback().run().getRecording().batches();
        boolean alone = false;
        for (int i = 0; i < r.iterations(); i++) {
            alone |= r.iterSize(i) == 1 && r.memberJob(r.firstMember(i)) == 3 && r.iterEnd(i) - r.iterStart(i) == 12;
        }
        assertThat(alone).as("under prefill-first L's 12 ms prefill runs alone").isTrue();
    }
}
