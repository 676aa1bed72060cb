package org.servelab.metrics;

import java.util.Arrays;

/**
 * Counts a large multiset of durations (inter-token gaps: hundreds of millions in a big run) by distinct
 * value, so that memory grows with the number of distinct gaps (a few per iteration length), not with
 * the number of tokens, and percentiles are still exact nearest ranks. Gaps are on the time grid (a
 * millionth of the unit), which keeps the mean exact whatever the order they are counted in.
 */
public final class GapCounter {

    private static final long EMPTY = Long.MIN_VALUE;

    /** Open addressing: gap in millionths of the unit, and how many times it was counted. */
    private long[] keys = emptyKeys(1024);
    private long[] counts = new long[1024];
    private int distinct;
    private long total;
    /** The sum in millionths of the time unit: gaps lie on the time grid, so it is exact in any order. */
    private long sumGrid;
    private double lastGap = Double.NaN;
    private int lastSlot;

    private static long[] emptyKeys(int n) {
        long[] k = new long[n];
        Arrays.fill(k, EMPTY);
        return k;
    }

    /** Counts one gap. Consecutive equal gaps (every member of one iteration) skip the table. */
    public void add(double gap) {
        add(gap, 1);
    }

    /** Counts {@code count} gaps of the same length. */
    public void add(double gap, long count) {
        if (count <= 0) {
            return;
        }
        if (gap != lastGap) {
            lastGap = gap;
            lastSlot = slot(Math.round(gap * 1e6));
        }
        counts[lastSlot] += count;
        total += count;
        sumGrid += keys[lastSlot] * count;
    }

    /** The slot of a grid value, added with count 0 when new. */
    private int slot(long grid) {
        int mask = keys.length - 1;
        int i = (int) mix(grid) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == grid) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (2 * (distinct + 1) > keys.length) {
            grow();
            return slot(grid);
        }
        keys[i] = grid;
        distinct++;
        return i;
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = emptyKeys(oldKeys.length * 2);
        counts = new long[keys.length];
        distinct = 0;
        lastGap = Double.NaN;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                counts[s] = oldCounts[i];
            }
        }
    }

    public long count() {
        return total;
    }

    /** Mean, nearest-rank p50, p90, p99 and max; NaN when empty. */
    public Distribution distribution() {
        if (total == 0) {
            return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] grid = new long[distinct];
        int k = 0;
        for (long key : keys) {
            if (key != EMPTY) {
                grid[k++] = key;
            }
        }
        Arrays.sort(grid);
        long[] cumulative = new long[grid.length];
        long c = 0;
        for (int i = 0; i < grid.length; i++) {
            c += counts[slot(grid[i])];
            cumulative[i] = c;
        }
        return new Distribution((int) Math.min(Integer.MAX_VALUE, total), sumGrid / 1e6 / total, rank(grid, cumulative, 50),
                rank(grid, cumulative, 90), rank(grid, cumulative, 99), grid[grid.length - 1] / 1e6);
    }

    /** The smallest value with at least p % of the gaps at or below it. */
    private double rank(long[] grid, long[] cumulative, int p) {
        long r = Math.max(1, (total * p + 99) / 100);
        int i = Arrays.binarySearch(cumulative, r);
        return grid[i >= 0 ? i : -i - 1] / 1e6;
    }
}
