package org.servelab.ui.model;

import org.servelab.engine.Schedule;
import org.servelab.policy.Accounting;
import org.servelab.policy.Iterations;
import org.servelab.policy.MlfqParameters;
import org.servelab.workload.TimeGrid;
import org.servelab.workload.TimedTrace;

/**
 * A batch-size-1 {@link Schedule} as a {@link Timeline}: each slice is a run, its iterations timed by the
 * job's prefill and decode times; each dispatch is one entry of the strip. Indexed per job once, so that a
 * row's runs are found by binary search.
 */
public final class ScheduleTimeline implements Timeline {

    private final Schedule schedule;
    private final int[] offsets;
    private final int[] runsByJob;
    private final long[] tokensBefore;
    private final double[] iterationQuanta;

    public ScheduleTimeline(Schedule schedule) {
        this(schedule, null);
    }

    /**
     * @param parameters the MLFQ parameters of the run, or {@code null}; with token accounting a level's
     *                   quantum is a number of iterations ({@link #quantaInIterations()})
     */
    public ScheduleTimeline(Schedule schedule, MlfqParameters parameters) {
        this.schedule = schedule;
        if (parameters != null && parameters.accounting() == Accounting.TOKENS && !Double.isNaN(schedule.quantum(0))) {
            iterationQuanta = new double[schedule.levels()];
            for (int x = 0; x < iterationQuanta.length; x++) {
                iterationQuanta[x] = Math.max(1, Math.floor(TimeGrid.snap(Math.pow(parameters.quantumRate(), x))));
            }
        } else {
            iterationQuanta = null;
        }
        int jobs = schedule.jobs();
        int n = schedule.slices();
        this.offsets = new int[jobs + 1];
        for (int s = 0; s < n; s++) {
            offsets[schedule.sliceJob(s) + 1]++;
        }
        for (int j = 0; j < jobs; j++) {
            offsets[j + 1] += offsets[j];
        }
        this.runsByJob = new int[n];
        int[] fill = offsets.clone();
        for (int s = 0; s < n; s++) {
            runsByJob[fill[schedule.sliceJob(s)]++] = s;
        }
        this.tokensBefore = new long[n + 1];
        for (int s = 0; s < n; s++) {
            tokensBefore[s + 1] = tokensBefore[s] + schedule.sliceIterations(s);
        }
    }

    /** Tokens made by the dispatches before dispatch (slice) s. */
    public long tokensBefore(int s) {
        return tokensBefore[s];
    }

    public Schedule schedule() {
        return schedule;
    }

    @Override
    public TimedTrace trace() {
        return schedule.trace();
    }

    @Override
    public String policy() {
        return schedule.policy();
    }

    @Override
    public String description() {
        return schedule.description();
    }

    @Override
    public int levels() {
        return schedule.levels();
    }

    @Override
    public double quantum(int level) {
        return iterationQuanta != null ? iterationQuanta[level] : schedule.quantum(level);
    }

    @Override
    public boolean quantaInIterations() {
        return iterationQuanta != null;
    }

    @Override
    public boolean batched() {
        return false;
    }

    @Override
    public int maxBatch() {
        return 1;
    }

    @Override
    public long kvCapacity() {
        return -1;
    }

    @Override
    public double end() {
        return schedule.end();
    }

    @Override
    public int jobs() {
        return schedule.jobs();
    }

    @Override
    public double finish(int job) {
        return schedule.finish(job);
    }

    @Override
    public double firstToken(int job) {
        return schedule.firstToken(job);
    }

    @Override
    public int runCount(int job) {
        return offsets[job + 1] - offsets[job];
    }

    @Override
    public int run(int job, int k) {
        return runsByJob[offsets[job] + k];
    }

    @Override
    public int firstRunEndingAfter(int job, double t) {
        int lo = offsets[job];
        int hi = offsets[job + 1];
        int base = lo;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (schedule.sliceEnd(runsByJob[mid]) <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - base;
    }

    @Override
    public int runJob(int run) {
        return schedule.sliceJob(run);
    }

    @Override
    public int runLevel(int run) {
        return schedule.sliceLevel(run);
    }

    @Override
    public double runStart(int run) {
        return schedule.sliceStart(run);
    }

    @Override
    public double runEnd(int run) {
        return schedule.sliceEnd(run);
    }

    @Override
    public int runIterations(int run) {
        return schedule.sliceIterations(run);
    }

    @Override
    public int runChunks(int run) {
        return schedule.sliceFirstToken(run) == 1 ? 1 : 0;
    }

    @Override
    public int runPads(int run) {
        return 0;
    }

    @Override
    public double iterationStart(int run, int i) {
        int j = schedule.sliceJob(run);
        return Iterations.boundary(schedule.sliceStart(run), trace().prefillTime(j), trace().decodeTime(j),
                schedule.sliceFirstToken(run) - 1, i);
    }

    @Override
    public double iterationEnd(int run, int i) {
        return iterationStart(run, i + 1);
    }

    @Override
    public int iterationAt(int run, double t) {
        int lo = 0;
        int hi = runIterations(run) - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (iterationStart(run, mid) <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Override
    public int iterationToken(int run, int i) {
        return schedule.sliceFirstToken(run) + i;
    }

    @Override
    public int iterationWork(int run, int i) {
        return iterationToken(run, i) == 1 ? Math.max(1, trace().promptTokens(runJob(run))) : 1;
    }

    @Override
    public int iterationBatchSize(int run, int i) {
        return 1;
    }

    @Override
    public int iterations() {
        return schedule.slices();
    }

    @Override
    public double iterStart(int k) {
        return schedule.sliceStart(k);
    }

    @Override
    public double iterEnd(int k) {
        return schedule.sliceEnd(k);
    }

    @Override
    public int iterSize(int k) {
        return 1;
    }

    @Override
    public int iterTokens(int k) {
        return 1;
    }

    @Override
    public long iterKv(int k) {
        return -1;
    }
}
