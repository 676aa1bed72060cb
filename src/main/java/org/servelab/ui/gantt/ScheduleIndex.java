package org.servelab.ui.gantt;

import java.util.Optional;

import org.servelab.engine.Schedule;
import org.servelab.ui.model.BatchTimeline;
import org.servelab.ui.model.ScheduleTimeline;
import org.servelab.ui.model.Timeline;

/**
 * The rows of a Gantt chart over a {@link Timeline}: jobs in arrival order (ties in trace order), so rows fill
 * from the top as time passes; and the lookup of the iteration drawn at a time in a row, a binary search over
 * that job's runs.
 */
public final class ScheduleIndex {

    private final Timeline timeline;
    private final int[] rowJob;
    private final int[] jobRow;

    public ScheduleIndex(Timeline timeline) {
        this.timeline = timeline;
        int jobs = timeline.jobs();
        this.rowJob = timeline.trace().arrivalOrder();
        this.jobRow = new int[jobs];
        for (int r = 0; r < jobs; r++) {
            jobRow[rowJob[r]] = r;
        }
    }

    public ScheduleIndex(Schedule schedule) {
        this(new ScheduleTimeline(schedule));
    }

    public Timeline timeline() {
        return timeline;
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

    /**
     * When the job of {@code row} has been waiting at time {@code t} (shown up to {@code now}): since its
     * arrival or the end of its last run; {@code NaN} when it is not waiting then (not arrived, running,
     * done).
     */
    public double waitingSince(int row, double t, double now) {
        if (row < 0 || row >= rows() || !(t < now) || Double.isNaN(t)) {
            return Double.NaN;
        }
        int job = rowJob[row];
        double finish = timeline.finish(job);
        if (t < timeline.arrival(job) || !Double.isNaN(finish) && t >= finish || timeline.runAt(job, t) >= 0) {
            return Double.NaN;
        }
        int k = timeline.firstRunEndingAfter(job, t);
        return k == 0 ? timeline.arrival(job) : timeline.runEnd(timeline.run(job, k - 1));
    }

    /**
     * The iteration drawn at time {@code t} in {@code row} when the chart shows time up to {@code now}:
     * nothing at or after {@code now}, nothing in a gap between runs.
     */
    public Optional<GanttHit> hit(int row, double t, double now) {
        if (row < 0 || row >= rows() || !(t < now) || Double.isNaN(t)) {
            return Optional.empty();
        }
        int job = rowJob[row];
        int run = timeline.runAt(job, t);
        if (run < 0) {
            return Optional.empty();
        }
        int i = timeline.iterationAt(run, t);
        int chunk = 0;
        int chunks = 0;
        if (timeline instanceof BatchTimeline && timeline.iterationKind(run, i) == Timeline.CHUNK) {
            BatchTimeline b = (BatchTimeline) timeline;
            int m = b.memberOf(b.runIteration(run, i), job);
            chunk = b.memberChunk(m);
            chunks = b.memberChunks(m);
        }
        return Optional.of(new GanttHit(job, row, run, timeline.iterationToken(run, i), timeline.runLevel(run),
                timeline.iterationStart(run, i), timeline.iterationEnd(run, i), timeline.iterationKind(run, i),
                timeline.iterationWork(run, i), chunk, chunks, timeline.iterationBatchSize(run, i)));
    }
}
