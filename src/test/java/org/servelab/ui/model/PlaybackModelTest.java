package org.servelab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servelab.policy.Accounting;

/** Stepping through Figure 6(c) on the playback model, with no window. */
class PlaybackModelTest {

    private static final int J1 = 0;
    private static final int J2 = 1;
    private static final int J3 = 2;

    private PlaybackModel playback;

    private final ManualFrameClock clock = new ManualFrameClock();

    @BeforeEach
    void open() {
        playback = new PlaybackModel(clock, Figure6Traces.figure6c());
    }

    /** Past the opening: the three jobs placed at time 0. */
    private void placed() {
        playback.stepForward();
    }

    @AfterEach
    void close() {
        playback.dispose();
    }

    private String tokenOrder() {
        return playback.run().tokens().stream().map(t -> t.job() + "·" + t.token()).collect(Collectors.joining(" "));
    }

    private List<Integer> lane(int level) {
        QueueState q = playback.run().queues();
        List<Integer> out = new ArrayList<>();
        for (int j = q.first(level); j >= 0; j = q.next(j)) {
            out.add(j);
        }
        return out;
    }

    @Test
    void opensWithTheArrivalsInTheBufferThenPlacesThemInOneStep() {
        assertThat(playback.run().getTime()).isZero();
        assertThat(playback.run().isOpening()).isTrue();
        assertThat(lane(playback.run().queues().buffer())).as("buffer").containsExactly(J1, J2, J3);
        playback.stepForward();
        assertThat(playback.run().getTime()).isZero();
        assertThat(lane(playback.run().queues().buffer())).as("buffer").isEmpty();
        assertThat(lane(0)).as("Q1").containsExactly(J2);
        assertThat(lane(1)).as("Q2").containsExactly(J3);
        assertThat(lane(3)).as("Q4").containsExactly(J1);
        assertThat(playback.run().slotJob()).isEqualTo(-1);
    }

    @Test
    void sixStepsGiveThePaperTokenOrder() {
        placed();
        playback.stepForward();
        assertThat(playback.run().getTime()).isEqualTo(1.0);
        assertThat(lane(1)).as("J2 demoted behind J3").containsExactly(J3, J2);
        for (int i = 0; i < 5; i++) {
            playback.stepForward();
        }
        assertThat(tokenOrder()).isEqualTo("J2·1 J3·1 J2·2 J3·2 J1·1 J1·2");
        assertThat(playback.run().stats().meanJctProperty().get()).isCloseTo(20.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(playback.run().isFinished()).isTrue();
    }

    @Test
    void tokenAccountingSwapsWhoFinishesFirst() {
        playback.parameters().accountingProperty().set(Accounting.TOKENS);
        placed();
        for (int i = 0; i < 6; i++) {
            playback.stepForward();
        }
        assertThat(tokenOrder()).isEqualTo("J2·1 J3·1 J3·2 J2·2 J1·1 J1·2");
        assertThat(playback.run().finishedJcts()).containsExactly(4.0, 5.0, 11.0);
    }

    @Test
    void stepBackThenForwardReturnsTheSameState() {
        placed();
        playback.stepForward();
        playback.stepForward();
        String before = snapshot();
        playback.stepBack();
        assertThat(playback.run().getTime()).isEqualTo(1.0);
        playback.stepForward();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void playingOnFromAStepContinuesTheSameRun() throws Exception {
        placed();
        playback.stepForward();
        playback.stepForward();
        playback.speedProperty().set(1e9);
        playback.play();
        playback.awaitEngine();
        clock.tick();
        assertThat(tokenOrder()).isEqualTo("J2·1 J3·1 J2·2 J3·2 J1·1 J1·2");
        assertThat(playback.run().finishedJcts()).containsExactly(4.0, 5.0, 11.0);
        assertThat(playback.run().getTime()).isEqualTo(11.0);
        assertThat(playback.playingProperty().get()).isFalse();
    }

    @Test
    void parameterChangeKeepsTheSimulatedTime() {
        playback.seek(4.5);
        playback.parameters().queuesProperty().set(2);
        assertThat(playback.run().getTime()).isEqualTo(4.5);
        assertThat(playback.run().queues().levels()).isEqualTo(2);
    }

    private String snapshot() {
        RunModel m = playback.run();
        StringBuilder sb = new StringBuilder().append(m.getTime()).append('|').append(tokenOrder()).append('|');
        for (int l = 0; l <= m.queues().levels(); l++) {
            sb.append(lane(l)).append(';');
        }
        for (JobRow r : m.rows()) {
            sb.append(r.id()).append(r.stateProperty().get()).append(r.tokensDoneProperty().get())
                    .append(r.levelProperty().get()).append(',');
        }
        return sb.append(m.slotJob()).append(m.slotProgress()).toString();
    }
}
