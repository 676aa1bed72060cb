package org.servelab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.servelab.workload.InputException;

/**
 * Joins the rows of a sweep's shards into the rows an unsharded run gives: sorted by grid index, each
 * index once. A row that appears in two parts must be the same in both (two shards of the same sweep agree);
 * otherwise the parts come from different sweeps.
 */
public final class SweepMerge {

    private SweepMerge() {
    }

    /**
     * Merges the parts.
     *
     * @param expected how many runs the whole grid has, or -1 when not known
     * @throws InputException for conflicting rows or, when {@code expected} is known, missing or extra runs
     */
    public static List<SweepRow> merge(List<List<SweepRow>> parts, int expected) {
        TreeMap<Integer, SweepRow> byIndex = new TreeMap<>();
        for (List<SweepRow> part : parts) {
            for (SweepRow r : part) {
                SweepRow before = byIndex.putIfAbsent(r.index(), r);
                if (before != null && !SweepCsv.line(before).equals(SweepCsv.line(r))) {
                    throw InputException.parameter("merge", "run " + r.index()
                            + " differs between two inputs: they come from different sweeps");
                }
            }
        }
        if (expected >= 0) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < expected && missing.size() < 10; i++) {
                if (!byIndex.containsKey(i)) {
                    missing.add(i);
                }
            }
            long absent = expected - byIndex.headMap(expected).size();
            if (absent > 0) {
                throw InputException.parameter("merge", absent + " of " + expected + " runs are missing (indices "
                        + missing + (absent > missing.size() ? ", ..." : "") + "): did every shard finish?");
            }
            if (!byIndex.isEmpty() && byIndex.lastKey() >= expected) {
                throw InputException.parameter("merge", "run " + byIndex.lastKey() + " is beyond the grid's "
                        + expected + " runs: the inputs come from a bigger sweep");
            }
        }
        return new ArrayList<>(byIndex.values());
    }
}
