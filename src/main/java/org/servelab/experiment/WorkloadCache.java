package org.servelab.experiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Generates each workload point's trace once, shares it among the runs on it, and drops it when the last
 * of them is done, so that a sweep holds only the traces of the points in progress. Thread-safe: two
 * threads asking for the same point wait for one generation.
 */
final class WorkloadCache {

    private final Function<WorkloadKey, PreparedWorkload> maker;
    private final Map<WorkloadKey, Integer> uses = new HashMap<>();
    private final Map<WorkloadKey, Entry> live = new HashMap<>();

    WorkloadCache(List<SweepPoint> points, Function<WorkloadKey, PreparedWorkload> maker) {
        this.maker = maker;
        for (SweepPoint p : points) {
            uses.merge(p.workload(), 1, Integer::sum);
        }
    }

    /** The point's workload; call {@link #release} when the run is done with it. */
    PreparedWorkload acquire(WorkloadKey key) {
        Entry e;
        synchronized (this) {
            e = live.computeIfAbsent(key, k -> new Entry());
        }
        return e.get(key);
    }

    /** Counts one run on {@code key} done; the last one drops the trace. */
    synchronized void release(WorkloadKey key) {
        int left = uses.merge(key, -1, Integer::sum);
        if (left <= 0) {
            uses.remove(key);
            live.remove(key);
        }
    }

    /** Traces held right now (for tests). */
    synchronized int held() {
        return live.size();
    }

    private final class Entry {
        private PreparedWorkload value;

        synchronized PreparedWorkload get(WorkloadKey key) {
            if (value == null) {
                value = maker.apply(key);
            }
            return value;
        }
    }
}
