package org.servelab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servelab.policy.MlfqParameters;

/** The stops of Figure 6(c): every iteration boundary, forward and back. */
class RunRecordingTest {

    private final RunRecording recording = RunRecording.simulate(
            new RunSetup(Figure6Traces.figure6c(), "skip-join-mlfq", MlfqParameters.defaults()));

    @Test
    void stepsForwardThroughEveryIterationBoundary() {
        List<Double> stops = new ArrayList<>();
        for (double t = 0; !Double.isNaN(t); t = recording.nextStop(t)) {
            stops.add(t);
        }
        assertThat(stops).containsExactly(0.0, 1.0, 3.0, 4.0, 5.0, 10.0, 11.0);
    }

    @Test
    void stepsBackToTheStart() {
        List<Double> stops = new ArrayList<>();
        double t = recording.end();
        while (t > 0) {
            t = recording.previousStop(t);
            stops.add(t);
        }
        assertThat(stops).containsExactly(10.0, 5.0, 4.0, 3.0, 1.0, 0.0);
        assertThat(recording.previousStop(4.5)).isEqualTo(4.0);
        assertThat(recording.nextStop(4.5)).isEqualTo(5.0);
    }
}
