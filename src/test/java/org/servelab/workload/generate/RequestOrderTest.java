package org.servelab.workload.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

class RequestOrderTest {

    /** Sizes (prompt + output): J1 30, J2 5, J3 50, J4 5, J5 12; sent at 0, 1, 2, 3, 4 s. */
    private static Trace trace() {
        return new Trace("t", TimeUnit.S, List.of(Job.of("J1", 0, 10, 20), Job.of("J2", 1, 2, 3), Job.of("J3", 2, 40, 10),
                Job.of("J4", 3, 1, 4), Job.of("J5", 4, 6, 6)));
    }

    @Test
    void ascendingSendsTheSmallestFirstAndKeepsTheSendingTimes() {
        Trace t = RequestOrder.ASC.apply(trace());
        assertThat(ids(t)).containsExactly("J2", "J4", "J5", "J1", "J3");
        assertThat(arrivals(t)).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
        assertThat(t.job(0).promptTokens()).isEqualTo(2);
    }

    @Test
    void descendingSendsTheLargestFirstTiesInTraceOrder() {
        Trace t = RequestOrder.DESC.apply(trace());
        assertThat(ids(t)).containsExactly("J3", "J1", "J5", "J2", "J4");
        assertThat(arrivals(t)).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void asIsChangesNothing() {
        assertThat(RequestOrder.AS_IS.apply(trace())).isEqualTo(trace());
    }

    @Test
    void slotsFollowArrivalTimesNotFilePositions() {
        Trace shuffled = new Trace("t", TimeUnit.S, List.of(Job.of("A", 5, 1, 1), Job.of("B", 0, 50, 50),
                Job.of("C", 2, 10, 10)));
        Trace t = RequestOrder.ASC.apply(shuffled);
        assertThat(ids(t)).containsExactly("A", "C", "B");
        assertThat(arrivals(t)).containsExactly(0.0, 2.0, 5.0);
    }

    @Test
    void generatedWorkloadsSortTheSameJobsOverTheSameTimes() {
        WorkloadSpec plain = new WorkloadSpec(AlpacaLengths.preset(), "poisson", Target.rate(4), 1, 400, 7);
        WorkloadSpec desc = new WorkloadSpec(AlpacaLengths.preset(), "poisson", Target.rate(4), 1, 400, 7,
                RequestOrder.DESC);
        Trace a = WorkloadGenerator.generate(plain, org.servelab.cost.ProfileCostModel.opt13b()).trace().trace();
        Trace d = WorkloadGenerator.generate(desc, org.servelab.cost.ProfileCostModel.opt13b()).trace().trace();
        assertThat(arrivals(d)).isEqualTo(arrivals(a));
        List<Integer> sizes = new ArrayList<>();
        for (Job j : d.jobs()) {
            sizes.add(j.promptTokens() + j.outputTokens());
        }
        assertThat(sizes).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        assertThat(d.jobs()).containsExactlyInAnyOrderElementsOf(
                RequestOrder.DESC.apply(a).jobs());
    }

    @Test
    void unknownOrderIsOneLineNamingTheFlag() {
        assertThatThrownBy(() -> RequestOrder.parse("random")).isInstanceOf(InputException.class)
                .hasMessageContaining("--order").hasMessageContaining("as-is, asc, desc");
        assertThat(RequestOrder.parse("Descending")).isEqualTo(RequestOrder.DESC);
    }

    private static List<String> ids(Trace t) {
        List<String> out = new ArrayList<>();
        t.jobs().forEach(j -> out.add(j.id()));
        return out;
    }

    private static List<Double> arrivals(Trace t) {
        List<Double> out = new ArrayList<>();
        t.jobs().forEach(j -> out.add(j.arrival()));
        return out;
    }
}
