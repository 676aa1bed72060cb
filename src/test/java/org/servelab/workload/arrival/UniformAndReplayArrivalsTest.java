package org.servelab.workload.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

class UniformAndReplayArrivalsTest {

    @Test
    void uniformGapsHaveTheRateAndTheirOwnCv() {
        GapStatistics s = GapStatistics.of(new UniformArrivals(8, 3).times(100_000, TimeUnit.MS), 1e-3);
        assertThat(s.jobsPerSecond()).isCloseTo(8, within(8 * 0.02));
        assertThat(s.cv()).isCloseTo(UniformArrivals.CV, within(0.02));
        assertThat(ArrivalProcesses.parse("uniform", 8, 3)).isEqualTo(new UniformArrivals(8, 3));
    }

    private static Trace timed(double... arrivals) {
        Job[] jobs = new Job[arrivals.length];
        for (int i = 0; i < arrivals.length; i++) {
            jobs[i] = Job.of("J" + (i + 1), arrivals[i], 10, 2);
        }
        return new Trace("src", TimeUnit.MS, List.of(jobs), true);
    }

    @Test
    void replayScalesTheGapsAndStartsAtZero() {
        Trace src = timed(100, 110, 130);
        assertThat(ReplayArrivals.of(src, 2).times(3, TimeUnit.MS)).containsExactly(new double[] {0, 20, 60}, within(1e-9));
        assertThat(ReplayArrivals.of(src, 1).times(3, TimeUnit.S)).containsExactly(new double[] {0, 0.01, 0.03}, within(1e-12));
    }

    @Test
    void replayRepeatsThePatternOneMeanGapLater() {
        // gaps 10, 20; mean 15: the copy starts 15 after the last arrival
        assertThat(ReplayArrivals.of(timed(0, 10, 30), 1).times(6, TimeUnit.MS))
                .containsExactly(new double[] {0, 10, 30, 45, 55, 75}, within(1e-9));
    }

    @Test
    void replayAtARateScalesToThatRate() {
        ReplayArrivals r = ReplayArrivals.atRate(timed(0, 10, 30), 10);
        // mean gap 15 ms = 66.7 jobs/s; 10 jobs/s needs gaps 6.67 times longer
        assertThat(r.scale()).isCloseTo(1000.0 / 150, within(1e-9));
        assertThat(r.jobsPerSecond()).isCloseTo(10, within(1e-9));
    }

    @Test
    void replayNeedsArrivalTimesAndAPositiveScale() {
        Trace noTimes = new Trace("csv", TimeUnit.MS, List.of(Job.of("J1", 0, 1, 1)), false);
        assertThatThrownBy(() -> ReplayArrivals.of(noTimes, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("arrival times");
        assertThatThrownBy(() -> ReplayArrivals.of(timed(0, 1), 0))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--time-scale"));
    }
}
