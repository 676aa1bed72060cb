package org.servelab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.servelab.engine.event.SimEvent;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;

/**
 * While playing, a frame shows the pacer's time, which can run ahead of the events the engine threads
 * have delivered (a slow machine, a fast speed). Events that arrive later, stamped with earlier times,
 * must still count every token: here the frame shows t = 6 after only J3's first dispatch (at 1) has
 * arrived, and J2's second dispatch [3, 4] and J3's [4, 5] arrive in the next frame.
 */
class LaggingEventsTest {

    static final MlfqParameters PAPER = new MlfqParameters(4, 1, 2, Accounting.TIME, Double.POSITIVE_INFINITY);

    @Test
    void eventsBehindTheShownTimeStillMakeTheirTokens() {
        RunRecording recording = RunRecording.simulate(new RunSetup(Figure6Traces.figure6c(), "skip-join-mlfq", PAPER));
        List<SimEvent> events = recording.others();
        int cut = 0;
        while (!(events.get(cut).time() > 1)) {
            cut++;
        }
        RunModel model = new RunModel();
        model.load(recording);
        model.applyBatch(events.subList(0, cut), 6);
        model.applyBatch(events.subList(cut, events.size()), recording.end());

        String order = model.tokens().stream().map(l -> l.job() + "·" + l.token()).collect(Collectors.joining(" "));
        assertThat(order).isEqualTo("J2·1 J3·1 J2·2 J3·2 J1·1 J1·2");
        assertThat(model.finishedJcts()).containsExactly(4.0, 5.0, 11.0);
    }

    /** Random traces delivered in random batches, each frame showing a time up to 5 ms past its events. */
    @Test
    void framesAheadOfTheEventsShowTheSameRunInTheEnd() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int seed = 1; seed <= 20; seed++) {
            RunRecording recording = RunRecording.simulate(
                    new RunSetup(RandomTrace.of(60, seed), "skip-join-mlfq", MlfqParameters.defaults()));
            List<SimEvent> events = recording.others();
            RunModel reference = new RunModel();
            reference.load(recording);
            reference.applyBatch(events, recording.end());

            RunModel lagging = new RunModel();
            lagging.load(recording);
            int from = 0;
            while (from < events.size()) {
                int to = Math.min(events.size(), from + 1 + random.nextInt(8));
                double shown = Math.min(recording.end(), events.get(to - 1).time() + random.nextDouble() * 5);
                lagging.applyBatch(events.subList(from, to), shown);
                from = to;
            }
            lagging.applyBatch(List.of(), recording.end());

            assertThat(lagging.tokens()).as("token log, seed %d", seed).containsExactlyElementsOf(reference.tokens());
            assertThat(lagging.finishedJcts()).as("finished JCTs, seed %d", seed)
                    .containsExactlyElementsOf(reference.finishedJcts());
        }
    }
}
