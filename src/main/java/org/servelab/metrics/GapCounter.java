package org.servelab.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts a large multiset of durations (inter-token gaps: hundreds of millions in a big run) by distinct
 * value, so that memory grows with the number of distinct gaps (a few per iteration length), not with
 * the number of tokens, and percentiles are still exact nearest ranks. Gaps are on the time grid (a
 * millionth of the unit), which keeps the mean exact whatever the order they are counted in.
 */
public final class GapCounter {

    private final Map<Double, long[]> counts = new HashMap<>();
    private long total;
    /** The sum in millionths of the time unit: gaps lie on the time grid, so it is exact in any order. */
    private long sumGrid;
    private double lastGap = Double.NaN;
    private long[] lastSlot;

    /** Counts one gap. Consecutive equal gaps (every member of one iteration) skip the map. */
    public void add(double gap) {
        if (gap != lastGap) {
            lastGap = gap;
            lastSlot = counts.computeIfAbsent(gap, g -> new long[1]);
            lastGrid = Math.round(gap * 1e6);
        }
        lastSlot[0]++;
        total++;
        sumGrid += lastGrid;
    }

    /** {@code Math.round(lastGap * 1e6)}. */
    private long lastGrid;

    /** Counts {@code count} gaps of the same length. */
    public void add(double gap, long count) {
        if (count <= 0) {
            return;
        }
        if (gap != lastGap) {
            lastGap = gap;
            lastSlot = counts.computeIfAbsent(gap, g -> new long[1]);
            lastGrid = Math.round(gap * 1e6);
        }
        lastSlot[0] += count;
        total += count;
        sumGrid += lastGrid * count;
    }

    public long count() {
        return total;
    }

    /** Mean, nearest-rank p50, p90, p99 and max; NaN when empty. */
    public Distribution distribution() {
        if (total == 0) {
            return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] values = new double[counts.size()];
        int k = 0;
        for (Double v : counts.keySet()) {
            values[k++] = v;
        }
        Arrays.sort(values);
        long[] cumulative = new long[values.length];
        long c = 0;
        for (int i = 0; i < values.length; i++) {
            c += counts.get(values[i])[0];
            cumulative[i] = c;
        }
        return new Distribution((int) Math.min(Integer.MAX_VALUE, total), sumGrid / 1e6 / total, rank(values, cumulative, 50),
                rank(values, cumulative, 90), rank(values, cumulative, 99), values[values.length - 1]);
    }

    /** The smallest value with at least p % of the gaps at or below it. */
    private double rank(double[] values, long[] cumulative, int p) {
        long r = Math.max(1, (total * p + 99) / 100);
        int i = Arrays.binarySearch(cumulative, r);
        return values[i >= 0 ? i : -i - 1];
    }
}
