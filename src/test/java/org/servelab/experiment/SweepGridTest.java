package org.servelab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;

class SweepGridTest {

    @Test
    void mlfqKnobsMultiplyOnlyTheMlfqPolicies() {
        SweepSpec s = Specs.small().validate();
        assertThat(s.runsPerWorkload()).isEqualTo(1 + 4 + 1);
        assertThat(s.workloads()).isEqualTo(3 * 2 * 2);
        List<SweepPoint> points = SweepGrid.points(s);
        assertThat(points).hasSize(72);
        for (int i = 0; i < points.size(); i++) {
            assertThat(points.get(i).index()).isEqualTo(i);
        }
        // runs on one trace are neighbours
        assertThat(points.subList(0, 6)).extracting(SweepPoint::workload).containsOnly(points.get(0).workload());
    }

    @Test
    void shardsPartitionTheGrid() {
        List<SweepPoint> all = SweepGrid.points(Specs.small());
        Set<Integer> seen = new HashSet<>();
        for (int i = 1; i <= 5; i++) {
            for (SweepPoint p : new Shard(i, 5).select(all)) {
                assertThat(seen.add(p.index())).as("index %d in two shards", p.index()).isTrue();
            }
        }
        assertThat(seen).hasSize(all.size());
        assertThat(Shard.parse(" 2/8 ")).isEqualTo(new Shard(2, 8));
        for (String bad : new String[] {"0/4", "5/4", "1-4", "a/b", ""}) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--shard"));
        }
    }

    @Test
    void rangesAreExactDecimals() {
        assertThat(ValueLists.numbers("0.5:0.95:0.05", "--load")).hasSize(10).startsWith(0.5, 0.55).endsWith(0.95);
        assertThat(ValueLists.numbers("1,2, 4", "--cv")).containsExactly(1.0, 2.0, 4.0);
        assertThat(ValueLists.numbersOrAuto("auto,5", "--quantum").get(0)).isNaN();
        assertThat(ValueLists.integers("2:8:2", "--queues")).containsExactly(2, 4, 6, 8);
    }

    @Test
    void badListsNameTheFlagAndValue() {
        assertError(() -> ValueLists.numbers("", "--load"), "--load", "empty");
        assertError(() -> ValueLists.numbers("1,,2", "--cv"), "--cv", "1,,2");
        assertError(() -> ValueLists.numbers("0.9:0.5:0.1", "--load"), "--load", "below the start");
        assertError(() -> ValueLists.numbers("0.5:0.9:0", "--load"), "--load", "step");
        assertError(() -> ValueLists.integers("2.5", "--queues"), "--queues", "2.5");
    }

    @Test
    void badSpecsGetClearErrors() {
        SweepSpec s = Specs.small();
        assertError(() -> Specs.with(s, List.of(), s.xs(), s.cvs()).validate(), "--policy", "empty");
        assertError(() -> Specs.with(s, List.of("lifo"), s.xs(), s.cvs()).validate(), "--policy", "lifo");
        assertError(() -> Specs.with(s, s.policies(), List.of(0.0), s.cvs()).validate(), "--load", "0");
        assertError(() -> Specs.with(s, s.policies(), s.xs(), List.of(-1.0)).validate(), "--cv", "-1");
        assertError(() -> Specs.with(s, s.policies(), new ArrayList<>(), s.cvs()).validate(), "--load", "no runs");
    }

    private static void assertError(Runnable r, String field, String inMessage) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(inMessage);
        });
    }
}
