package org.servelab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;

class SweepRunnerTest {

    private static SweepRunner runner;
    private static List<SweepPoint> points;
    private static String unsharded;

    @BeforeAll
    static void runTheWholeGridOnTwoThreads() {
        runner = new SweepRunner(Specs.small(), Path.of(""));
        points = SweepGrid.points(runner.spec());
        SweepResult r = runner.run(points, 2, SweepListener.NONE, new CancelSignal());
        assertThat(r.complete()).isTrue();
        unsharded = SweepCsv.text(r.rows());
    }

    @Test
    void oneThreadGivesTheSameCsv() {
        assertThat(SweepCsv.text(runner.run(points, 1, SweepListener.NONE, new CancelSignal()).rows())).isEqualTo(unsharded);
    }

    @Test
    void shardedThenMergedEqualsUnsharded() {
        List<List<SweepRow>> parts = new ArrayList<>();
        for (int i = 3; i >= 1; i--) {
            String csv = SweepCsv.text(runner.run(new Shard(i, 3).select(points), 2, SweepListener.NONE,
                    new CancelSignal()).rows());
            parts.add(SweepCsv.parse("shard " + i, csv));
        }
        assertThat(SweepCsv.text(SweepMerge.merge(parts, points.size()))).isEqualTo(unsharded);
    }

    @Test
    void mergeReportsMissingRuns() {
        List<SweepRow> one = SweepCsv.parse("x", unsharded).subList(0, 10);
        assertThatThrownBy(() -> SweepMerge.merge(List.of(one), points.size()))
                .isInstanceOf(InputException.class).hasMessageContaining("62 of 72 runs are missing");
    }

    @Test
    void csvReadsBackToTheSameText() {
        assertThat(SweepCsv.text(SweepCsv.parse("x", unsharded))).isEqualTo(unsharded);
        assertThat(unsharded.lines().count()).isEqualTo(1 + points.size());
        assertThat(unsharded.lines().findFirst()).contains(SweepCsv.HEADER);
    }

    @Test
    void theRunsAskedAtLoadOneOrMoreRunCappedAndFlagged() {
        int overloaded = 0;
        for (SweepRow r : SweepCsv.parse("x", unsharded)) {
            double asked = points.get(r.index()).workload().x();
            boolean over = asked == 1.2; // the spec's loads are 0.5, 0.8 and 1.2
            assertThat(r.load()).as("run %d: the load asked", r.index()).isCloseTo(asked, within(1e-9));
            assertThat(r.overloaded()).as("run %d at load %s", r.index(), asked).isEqualTo(over);
            assertThat(r.summary().jobs()).as("run %d: jobs, capped at --overload-jobs", r.index())
                    .isEqualTo(over ? 100 : 150);
            overloaded += r.overloaded() ? 1 : 0;
        }
        assertThat(overloaded).as("a third of the 72 runs").isEqualTo(24);
    }

    @Test
    void allPoliciesShareOneTracePerPoint() {
        List<SweepRow> rows = SweepCsv.parse("x", unsharded);
        // the first six rows are one workload point: same rate, and FCFS and SRPT keep the work conserved
        assertThat(rows.subList(0, 6)).extracting(SweepRow::rate).containsOnly(rows.get(0).rate());
        assertThat(rows.subList(0, 6)).extracting(r -> r.summary().makespan()).containsOnly(rows.get(0).summary().makespan());
    }

    @Test
    void cancelStopsBeforeEveryRunFinished() {
        CancelSignal cancel = new CancelSignal();
        SweepResult r = runner.run(points, 1, (row, done, total) -> cancel.cancel(), cancel);
        assertThat(r.cancelled()).isTrue();
        assertThat(r.rows()).hasSizeLessThan(points.size()).isNotEmpty();
    }

    @Test
    void specJsonRoundTrips() {
        String json = SweepSpecJson.text(runner.spec());
        assertThat(SweepSpecJson.text(SweepSpecJson.parse("x", json, Specs.small()))).isEqualTo(json);
        SweepSpec fromStrings = SweepSpecJson.parse("x", "{\"load\": \"0.5:0.7:0.1\", \"quantum\": \"auto,3\"}", Specs.small());
        assertThat(fromStrings.xs()).containsExactly(0.5, 0.6, 0.7);
        assertThat(fromStrings.quanta()).hasSize(2);
        assertThatThrownBy(() -> SweepSpecJson.parse("f.json", "{\"lods\": [1]}", Specs.small()))
                .hasMessageContaining("lods").hasMessageContaining("known keys");
    }
}
