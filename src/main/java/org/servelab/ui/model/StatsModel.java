package org.servelab.ui.model;

import java.util.Arrays;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import org.servelab.metrics.Percentiles;

/** Live statistics of the jobs finished so far; recomputed at most once per frame. */
public final class StatsModel {

    private final ReadOnlyDoubleWrapper meanJct = new ReadOnlyDoubleWrapper(this, "meanJct", Double.NaN);
    private final ReadOnlyDoubleWrapper p50 = new ReadOnlyDoubleWrapper(this, "p50", Double.NaN);
    private final ReadOnlyDoubleWrapper p90 = new ReadOnlyDoubleWrapper(this, "p90", Double.NaN);
    private final ReadOnlyDoubleWrapper p99 = new ReadOnlyDoubleWrapper(this, "p99", Double.NaN);
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max", Double.NaN);
    private final ReadOnlyDoubleWrapper meanTtft = new ReadOnlyDoubleWrapper(this, "meanTtft", Double.NaN);
    private final ReadOnlyDoubleWrapper meanTpot = new ReadOnlyDoubleWrapper(this, "meanTpot", Double.NaN);
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    /** Counts the updates: one change per update, after every statistic has its new value. */
    private final javafx.beans.property.ReadOnlyLongWrapper updates =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "updates");

    /** The finished JCTs seen so far, kept sorted: new ones are inserted, so a frame costs no sort. */
    private double[] sorted = new double[0];
    private int sortedCount;
    private double sum;
    private double ttftSum;
    private double tpotSum;
    private int tpotCount;
    private int ttftCounted;
    /** More new values than this at once (a jump) are sorted in bulk rather than inserted one by one. */
    private static final int BULK = 64;

    /**
     * Takes in the first {@code count} finished jobs' JCTs and TTFTs (finishing order). Mean TTFT counts the
     * same jobs as the JCT statistics: the finished ones.
     */
    void update(double[] jcts, double[] ttfts, double[] tpots, int count, int jobs) {
        total.set(jobs);
        done.set(count);
        if (count < sortedCount || sorted.length < count) {
            reset(jobs);
        }
        if (count - sortedCount > BULK) {
            for (int k = sortedCount; k < count; k++) {
                sorted[k] = jcts[k];
                sum += jcts[k];
            }
            sortedCount = count;
            Arrays.sort(sorted, 0, count);
        }
        for (int k = sortedCount; k < count; k++) {
            insert(jcts[k]);
        }
        for (int k = ttftCounted; k < count; k++) {
            ttftSum += ttfts[k];
            if (!Double.isNaN(tpots[k])) {
                tpotSum += tpots[k];
                tpotCount++;
            }
        }
        ttftCounted = count;
        meanTtft.set(count == 0 ? Double.NaN : ttftSum / count);
        meanTpot.set(tpotCount == 0 ? Double.NaN : tpotSum / tpotCount);
        boolean none = count == 0;
        meanJct.set(none ? Double.NaN : sum / count);
        p50.set(none ? Double.NaN : nearestRank(50));
        p90.set(none ? Double.NaN : nearestRank(90));
        p99.set(none ? Double.NaN : nearestRank(99));
        max.set(none ? Double.NaN : sorted[count - 1]);
        updates.set(updates.get() + 1);
    }

    /** Changes once per update, after all the statistics: one notice for a view that shows them all. */
    public javafx.beans.property.ReadOnlyLongProperty updatesProperty() {
        return updates.getReadOnlyProperty();
    }

    /** Forgets the JCTs seen so far (a new run, or a replay from zero). */
    void reset(int jobs) {
        sorted = new double[jobs];
        sortedCount = 0;
        sum = 0;
        ttftSum = 0;
        tpotSum = 0;
        tpotCount = 0;
        ttftCounted = 0;
    }

    private void insert(double v) {
        int at = Arrays.binarySearch(sorted, 0, sortedCount, v);
        if (at < 0) {
            at = -at - 1;
        }
        System.arraycopy(sorted, at, sorted, at + 1, sortedCount - at);
        sorted[at] = v;
        sortedCount++;
        sum += v;
    }

    /** Same rule as {@link Percentiles#nearestRank}, on the first {@code sortedCount} values. */
    private double nearestRank(double p) {
        return Percentiles.nearestRank(Arrays.copyOf(sorted, sortedCount), p);
    }

    public ReadOnlyDoubleProperty meanJctProperty() {
        return meanJct.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty p50Property() {
        return p50.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty p90Property() {
        return p90.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty p99Property() {
        return p99.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty meanTtftProperty() {
        return meanTtft.getReadOnlyProperty();
    }

    /** Mean time per output token of the finished jobs with more than one token. */
    public ReadOnlyDoubleProperty meanTpotProperty() {
        return meanTpot.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }
}
