package org.servelab.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class JobColumnsTest {

    /** Jobs with every optional field given by some and not others, ids of any length and alphabet. */
    private static List<Job> randomJobs(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = switch (i % 4) {
                case 0 -> "J" + i;
                case 1 -> "请求-" + i;
                case 2 -> "x".repeat(r.nextInt(1, 40)) + i;
                default -> Integer.toString(i);
            };
            Double prefill = i % 3 == 0 ? null : r.nextDouble(0.001, 500);
            Double decode = i % 5 == 0 ? null : r.nextDouble(0.001, 50);
            Integer predicted = i % 7 == 0 ? r.nextInt(1, 4000) : null;
            jobs.add(new Job(id, r.nextDouble(0, 1e6), r.nextInt(0, 3000), r.nextInt(1, 3000), prefill, decode,
                    predicted));
        }
        return jobs;
    }

    private static JobColumns table(List<Job> jobs) {
        JobColumns.Builder b = new JobColumns.Builder();
        for (int i = 0; i < jobs.size(); i++) {
            assertThat(b.add(jobs.get(i), i)).isEqualTo(-1);
        }
        return b.build();
    }

    @Test
    void givesBackEveryJobAsItWasAdded() {
        List<Job> jobs = randomJobs(5000, 3);
        JobColumns table = table(jobs);

        assertThat(table).hasSize(5000).containsExactlyElementsOf(jobs);
        for (int i = 0; i < jobs.size(); i++) {
            assertThat(table.id(i)).isEqualTo(jobs.get(i).id());
        }
    }

    @Test
    void aColumnStartedLateMarksTheJobsBeforeAsNotGivingIt() {
        JobColumns.Builder b = new JobColumns.Builder();
        b.add(Job.of("a", 0, 10, 5), 1);
        b.add(new Job("b", 1, 10, 5, 2.5, null, 7), 2);
        b.add(Job.of("c", 2, 10, 5), 3);
        JobColumns t = b.build();

        assertThat(t.get(0)).isEqualTo(Job.of("a", 0, 10, 5));
        assertThat(t.get(1)).isEqualTo(new Job("b", 1, 10, 5, 2.5, null, 7));
        assertThat(t.get(2)).isEqualTo(Job.of("c", 2, 10, 5));
    }

    @Test
    void aRepeatedIdIsRefusedWithTheFirstOnesValue() {
        JobColumns.Builder b = new JobColumns.Builder();
        assertThat(b.add(Job.of("J1", 0, 1, 1), 11)).isEqualTo(-1);
        assertThat(b.add(Job.of("J2", 0, 1, 1), 12)).isEqualTo(-1);
        assertThat(b.add(Job.of("J1", 5, 2, 2), 13)).isEqualTo(11);

        assertThat(b.build()).extracting(Job::id).containsExactly("J1", "J2");
    }

    @Test
    void addAllFillsTheColumnsOneSideLacks() {
        List<Job> plain = List.of(Job.of("a", 0, 1, 2), Job.of("b", 1, 1, 2));
        List<Job> timed = List.of(new Job("c", 2, 1, 2, 3.0, 1.0, 9), new Job("d", 3, 1, 2, 4.0, 0.5));
        for (List<List<Job>> order : List.of(List.of(plain, timed), List.of(timed, plain))) {
            JobColumns.Builder all = new JobColumns.Builder();
            List<Job> expected = new ArrayList<>();
            for (List<Job> part : order) {
                assertThat(all.addAll(table(part))).isEqualTo(-1);
                expected.addAll(part);
            }
            assertThat(all.build()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aNegativeValueIsRefused() {
        JobColumns.Builder b = new JobColumns.Builder();
        assertThatThrownBy(() -> b.add(Job.of("x", 0, 1, 1), -5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.size()).isZero();
    }

    @Test
    void addAllStopsAtTheFirstIdAlreadyThere() {
        List<Job> jobs = randomJobs(300, 5);
        JobColumns first = table(jobs.subList(0, 200));
        JobColumns.Builder b = new JobColumns.Builder();
        for (Job j : jobs.subList(100, 300)) {
            b.add(j, 0);
        }
        JobColumns second = b.build();

        JobColumns.Builder all = new JobColumns.Builder();
        assertThat(all.addAll(first)).isEqualTo(-1);
        assertThat(all.addAll(table(jobs.subList(200, 300)))).isEqualTo(-1);
        assertThat(all.build()).containsExactlyElementsOf(jobs);

        JobColumns.Builder clash = new JobColumns.Builder();
        clash.addAll(first);
        // jobs[100] is the first of the second table, and the first table has it
        assertThat(clash.addAll(second)).isZero();
    }

    @Test
    void aTraceKeepsTheTableAndReadsIdsFromIt() {
        List<Job> jobs = randomJobs(1000, 9);
        JobColumns table = table(jobs);
        Trace trace = new Trace("t", TimeUnit.MS, table, true);

        assertThat(trace.jobs()).isSameAs(table);
        assertThat(trace.id(999)).isEqualTo(jobs.get(999).id());
        assertThat(trace.withName("u").jobs()).isSameAs(table);
        assertThatThrownBy(() -> table.add(Job.of("z", 0, 1, 1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.id(1000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void newArrivalsAreCheckedAndTheRestIsKept() {
        Trace t = new Trace("t", TimeUnit.MS, List.of(new Job("a", 0, 1, 2, 3.0, 1.0), new Job("b", 0, 1, 2, 3.0, 1.0)));
        Trace moved = t.withArrivals(new double[] {1.5, 2.0000004});

        assertThat(moved.jobs()).containsExactly(new Job("a", 1.5, 1, 2, 3.0, 1.0), new Job("b", 2.0, 1, 2, 3.0, 1.0));
        assertThat(moved.allExplicitTimes()).isTrue();
        assertThatThrownBy(() -> t.withArrivals(new double[] {0, Double.NaN})).hasMessage(
                "job b: arrival must be a finite number >= 0");
        assertThatThrownBy(() -> t.withArrivals(new double[] {0})).hasMessageContaining("need 2 arrival times");
        assertThat(new Trace("u", TimeUnit.MS, List.of(new Job("a", 0, 1, 2, 3.0, 1.0), Job.of("b", 0, 1, 2)))
                .allExplicitTimes()).isFalse();
    }

    @Test
    void idsWithTheSameHashAreStillTellApart() {
        // "Aa" and "BB" have the same String hash code, and so do all their concatenations
        JobColumns.Builder b = new JobColumns.Builder();
        String[] parts = {"Aa", "BB"};
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < 1 << 10; k++) {
            StringBuilder s = new StringBuilder();
            for (int bit = 0; bit < 10; bit++) {
                s.append(parts[(k >> bit) & 1]);
            }
            ids.add(s.toString());
            assertThat(b.add(Job.of(s.toString(), 0, 1, 1), k)).isEqualTo(-1);
        }
        assertThat(b.add(Job.of(ids.get(517), 0, 1, 1), 0)).isEqualTo(517);
        assertThat(b.build()).extracting(Job::id).containsExactlyElementsOf(ids);
    }
}
