package org.servelab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;
import org.servelab.ui.model.ManualFrameClock;
import org.testfx.util.WaitForAsyncUtils;

/** The model with a hand-ticked frame clock: rows and progress move only on frames, one batch each. */
class ExperimentsModelTest {

    private final ManualFrameClock clock = new ManualFrameClock();
    private final ExperimentsModel model = new ExperimentsModel(clock, 2);

    @Test
    void rowsArriveOnlyOnFramesAtMostOneChangePerFrame() throws Exception {
        model.form().fill("fcfs,srpt", "4", "2", "0.5:0.9:0.1", "1,2", "2", "300");
        int[] changes = {0};
        model.rows().addListener((ListChangeListener<Object>) c -> changes[0]++);
        assertThat(model.run()).isTrue();
        assertThat(model.run()).as("one sweep at a time").isFalse();
        assertThat(model.totalProperty().get()).isEqualTo(2 * 5 * 2 * 2);
        int[] frames = {0};
        int[] mostPerFrame = {0};
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            int before = changes[0];
            clock.tick();
            frames[0]++;
            mostPerFrame[0] = Math.max(mostPerFrame[0], changes[0] - before);
            return !model.stateProperty().get().busy();
        });
        assertThat(mostPerFrame[0]).as("one change per frame").isEqualTo(1);
        assertThat(model.stateProperty().get()).isEqualTo(SweepState.FINISHED);
        assertThat(changes[0]).isLessThanOrEqualTo(frames[0]);
        assertThat(model.rows()).hasSize(40).isSortedAccordingTo((a, b) -> Integer.compare(a.index(), b.index()));
        assertThat(model.doneProperty().get()).isEqualTo(40);
        assertThat(model.remainingProperty().get()).isZero();
        assertThat(model.finishedRows()).isEqualTo(model.resultProperty().get().rows());
    }

    @Test
    void overloadedRunsAreCounted() throws Exception {
        model.form().fill("fcfs", "4", "2", "0.8,1.2", "1", "1", "300");
        model.run();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            clock.tick();
            return !model.stateProperty().get().busy();
        });
        assertThat(model.overloadedProperty().get()).isEqualTo(1);
        assertThat(model.rows()).filteredOn(r -> r.overloaded()).extracting(r -> r.load()).containsExactly(1.2);
    }

    @Test
    void aTraceThatCannotBeReadFailsTheSweepWithItsMessage() throws Exception {
        model.form().workloadProperty().set(SweepForm.RESAMPLE);
        assertThat(model.form().messageProperty().get()).isEqualTo("--lengths: name the trace file after the colon");
        model.form().traceFileProperty().set("no-such-trace.csv");
        assertThat(model.form().messageProperty().get()).isEmpty();
        assertThat(model.run()).isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            clock.tick();
            return !model.stateProperty().get().busy();
        });
        assertThat(model.stateProperty().get()).isEqualTo(SweepState.FAILED);
        assertThat(model.errorProperty().get()).contains("no-such-trace.csv");
        assertThat(model.rows()).isEmpty();
    }
}
