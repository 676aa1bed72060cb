package org.servelab.workload.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;

class ArrivalProcessesTest {

    @Test
    void makesEachKind() {
        assertThat(ArrivalProcesses.parse("fixed", 2, 1)).isEqualTo(new FixedRate(2));
        assertThat(ArrivalProcesses.parse(" Poisson ", 2, 9)).isEqualTo(new PoissonArrivals(2, 9));
        assertThat(ArrivalProcesses.kinds()).containsExactly("fixed", "poisson", "gamma", "uniform");
    }

    @Test
    void unknownKindListsTheKinds() {
        assertThatThrownBy(() -> ArrivalProcesses.parse("gama", 2, 1))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.field()).isEqualTo("--arrivals");
                    assertThat(e.getMessage()).contains("gama", "fixed, poisson");
                });
        assertThatThrownBy(() -> ArrivalProcesses.parse(null, 2, 1)).isInstanceOf(InputException.class);
    }

    @Test
    void badRateNamesTheRateOption() {
        assertThatThrownBy(() -> ArrivalProcesses.parse("poisson", -1, 1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--arrival-rate"));
    }
}
