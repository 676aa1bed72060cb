package org.servelab.ui.gantt;

import java.util.Optional;

import org.servelab.engine.Schedule;

/**
 * A per-job index over a schedule's slices, built once per schedule, so that painting a row or finding
 * the bar under the mouse is a binary search over that job's slices rather than a scan of the run.
 *
 * <p>Rows list the jobs in arrival order (ties in trace order), so rows fill from the top as time passes.
 */
public final class ScheduleIndex {

    private final Schedule schedule;
    private final int[] rowJob;
    private final int[] jobRow;
    private final int[] offsets;
    private final int[] slicesByJob;

    public ScheduleIndex(Schedule schedule) {
        this.schedule = schedule;
        int jobs = schedule.jobs();
        this.rowJob = schedule.trace().arrivalOrder();
        this.jobRow = new int[jobs];
        for (int r = 0; r < jobs; r++) {
            jobRow[rowJob[r]] = r;
        }
        this.offsets = new int[jobs + 1];
        int n = schedule.slices();
        for (int s = 0; s < n; s++) {
            offsets[schedule.sliceJob(s) + 1]++;
        }
        for (int j = 0; j < jobs; j++) {
            offsets[j + 1] += offsets[j];
        }
        this.slicesByJob = new int[n];
        int[] fill = offsets.clone();
        for (int s = 0; s < n; s++) {
            slicesByJob[fill[schedule.sliceJob(s)]++] = s;
        }
    }

    public Schedule schedule() {
        return schedule;
    }

    public int rows() {
        return rowJob.length;
    }

    public int jobAtRow(int row) {
        return rowJob[row];
    }

    public int rowOfJob(int job) {
        return jobRow[job];
    }

    /** Number of slices of a job. */
    public int sliceCount(int job) {
        return offsets[job + 1] - offsets[job];
    }

    /** The job's k-th slice (in time order) as a schedule slice index. */
    public int slice(int job, int k) {
        return slicesByJob[offsets[job] + k];
    }

    /** Position (within the job's slices) of its first slice ending after {@code t}; {@code sliceCount} if none. */
    public int firstEndingAfter(int job, double t) {
        int lo = offsets[job];
        int hi = offsets[job + 1];
        int base = lo;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (schedule.sliceEnd(slicesByJob[mid]) <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - base;
    }

    /** The job's slice running at time {@code t}, or -1. */
    public int sliceAt(int job, double t) {
        int k = firstEndingAfter(job, t);
        if (k >= sliceCount(job)) {
            return -1;
        }
        int s = slice(job, k);
        return schedule.sliceStart(s) <= t ? s : -1;
    }

    /** The token whose iteration within slice {@code s} contains {@code t} (clamped to the slice). */
    public int tokenAt(int s, double t) {
        int lo = schedule.sliceFirstToken(s);
        int hi = lo + schedule.sliceIterations(s) - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (schedule.iterationStart(s, mid) <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The iteration drawn at time {@code t} in {@code row} when the chart shows time up to {@code now}:
     * nothing at or after {@code now}, nothing in a gap between slices.
     */
    public Optional<GanttHit> hit(int row, double t, double now) {
        if (row < 0 || row >= rows() || !(t < now) || Double.isNaN(t)) {
            return Optional.empty();
        }
        int job = rowJob[row];
        int s = sliceAt(job, t);
        if (s < 0) {
            return Optional.empty();
        }
        int token = tokenAt(s, t);
        return Optional.of(new GanttHit(job, row, s, token, schedule.sliceLevel(s),
                schedule.iterationStart(s, token), schedule.iterationEnd(s, token)));
    }
}
