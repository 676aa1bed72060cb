package org.servelab.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TraceTest {

    private static Job job(String id) {
        return new Job(id, 0, 1, 2, 1.0, 1.0);
    }

    private static List<Job> jobs(int n) {
        List<Job> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(job("J" + i));
        }
        return out;
    }

    @Test
    void aRepeatedIdIsRefusedWhereverItIs() {
        for (int n : new int[] {2, 3, 17, 1000, 70_000}) {
            for (int at : new int[] {0, n / 2, n - 2}) {
                List<Job> list = jobs(n);
                list.add(job("J" + at));
                assertThatThrownBy(() -> new Trace("t", TimeUnit.MS, list))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("job id J" + at + " appears twice");
            }
        }
    }

    @Test
    void distinctIdsWhoseHashesCollideAreAllKept() {
        // "Aa" and "BB" have the same hashCode, as do all their concatenations
        List<Job> list = new ArrayList<>();
        for (String a : new String[] {"Aa", "BB"}) {
            for (String b : new String[] {"Aa", "BB"}) {
                for (String c : new String[] {"Aa", "BB"}) {
                    list.add(job(a + b + c));
                }
            }
        }
        assertThat(list).extracting(j -> j.id().hashCode()).containsOnly("AaAaAa".hashCode());
        assertThat(new Trace("t", TimeUnit.MS, list).size()).isEqualTo(8);
        list.add(job("BBAaBB"));
        assertThatThrownBy(() -> new Trace("t", TimeUnit.MS, list)).hasMessage("job id BBAaBB appears twice");
        assertThat(new Trace("t", TimeUnit.MS, jobs(100_000)).size()).isEqualTo(100_000);
    }

    @Test
    void aTraceOfAJobTableEqualsTheCheckedOneAndKeepsItThroughItsCopies() {
        List<Job> jobs = List.of(job("a"), job("b"));
        Trace checked = new Trace("t", TimeUnit.MS, jobs);
        JobColumns.Builder table = new JobColumns.Builder();
        jobs.forEach(j -> table.add(j, 0));
        Trace trusted = new Trace("t", TimeUnit.MS, table.build(), true);
        assertThat(trusted).isEqualTo(checked);
        assertThat(trusted.hashCode()).isEqualTo(checked.hashCode());
        assertThat(trusted.withName("u")).isEqualTo(checked.withName("u"));
        assertThat(trusted.withArrivals(new double[] {2, 3})).isEqualTo(checked.withArrivals(new double[] {2, 3}));
        assertThat(trusted.withArrivals(new double[] {2, 3}).job(1).arrival()).isEqualTo(3.0);
        assertThatThrownBy(() -> trusted.jobs().add(jobs.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(trusted.withName("u").jobs()).isSameAs(trusted.jobs());
        assertThatThrownBy(() -> new Trace("t", TimeUnit.MS, new JobColumns.Builder().build(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
