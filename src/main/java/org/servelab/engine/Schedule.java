package org.servelab.engine;

import java.util.Arrays;

import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.SimEvent;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimedTrace;

/**
 * The whole schedule of a finished run, as a Gantt chart needs it: every slice (a job running some
 * iterations back to back from one queue level) and every job's arrival and finish. Immutable and
 * array-backed, so a 10,000-job run costs a few arrays, not a million objects.
 *
 * <p>Slices are sorted by start time and never overlap. A slice's iterations are: the prefill if its
 * first token is 1 (duration {@code prefillTime}), then decodes of {@code decodeTime} each.
 */
public final class Schedule {

    private final TimedTrace trace;
    private final String policy;
    private final String description;
    private final double[] quanta;
    private final int[] sliceJob;
    private final int[] sliceLevel;
    private final int[] sliceFirstToken;
    private final int[] sliceIterations;
    private final double[] sliceStart;
    private final double[] sliceEnd;
    private final double[] finish;
    private final double[] firstToken;
    private final double makespanEnd;

    private Schedule(TimedTrace trace, SchedulingPolicy policy, int n, int[] job, int[] level, int[] first,
                     int[] iters, double[] start, double[] end) {
        this.trace = trace;
        this.policy = policy.name();
        this.description = policy.describe();
        this.quanta = new double[policy.levels()];
        for (int x = 0; x < quanta.length; x++) {
            quanta[x] = policy.quantum(x);
        }
        this.sliceJob = Arrays.copyOf(job, n);
        this.sliceLevel = Arrays.copyOf(level, n);
        this.sliceFirstToken = Arrays.copyOf(first, n);
        this.sliceIterations = Arrays.copyOf(iters, n);
        this.sliceStart = Arrays.copyOf(start, n);
        this.sliceEnd = Arrays.copyOf(end, n);
        this.finish = new double[trace.size()];
        this.firstToken = new double[trace.size()];
        Arrays.fill(finish, Double.NaN);
        Arrays.fill(firstToken, Double.NaN);
        double last = 0;
        for (int s = 0; s < n; s++) {
            int j = sliceJob[s];
            if (sliceFirstToken[s] == 1) {
                firstToken[j] = org.servelab.workload.TimeGrid.add(sliceStart[s], trace.prefillTime(j));
            }
            if (sliceFirstToken[s] + sliceIterations[s] - 1 == trace.outputTokens(j)) {
                finish[j] = sliceEnd[s];
            }
            last = Math.max(last, sliceEnd[s]);
        }
        this.makespanEnd = last;
    }

    /** Runs the trace under the policy on the discrete-event engine and records its schedule. */
    public static Schedule simulate(TimedTrace trace, SchedulingPolicy policy) {
        Recorder r = new Recorder();
        new DiscreteEventEngine().run(trace, policy, r);
        return r.build(trace, policy);
    }

    /** Builds a schedule from the events of a finished run (iteration events are not needed). */
    public static Schedule fromEvents(TimedTrace trace, SchedulingPolicy policy, Iterable<SimEvent> events) {
        Recorder r = new Recorder();
        for (SimEvent e : events) {
            r.accept(e);
        }
        return r.build(trace, policy);
    }

    /** Collects the slices of a run; pass it as the run's sink. */
    public static final class Recorder implements org.servelab.engine.event.EventSink {
        private int n;
        private int[] job = new int[64];
        private int[] level = new int[64];
        private int[] first = new int[64];
        private int[] iters = new int[64];
        private double[] start = new double[64];
        private double[] end = new double[64];

        @Override
        public void accept(SimEvent event) {
            if (event instanceof JobDispatched) {
                JobDispatched d = (JobDispatched) event;
                if (n == job.length) {
                    int cap = n * 2;
                    job = Arrays.copyOf(job, cap);
                    level = Arrays.copyOf(level, cap);
                    first = Arrays.copyOf(first, cap);
                    iters = Arrays.copyOf(iters, cap);
                    start = Arrays.copyOf(start, cap);
                    end = Arrays.copyOf(end, cap);
                }
                job[n] = d.job();
                level[n] = d.level();
                first[n] = d.firstToken();
                iters[n] = d.iterations();
                start[n] = d.time();
                end[n] = d.end();
                n++;
            }
        }

        @Override
        public boolean wantsIterations() {
            return false;
        }

        public Schedule build(TimedTrace trace, SchedulingPolicy policy) {
            return new Schedule(trace, policy, n, job, level, first, iters, start, end);
        }
    }

    public TimedTrace trace() {
        return trace;
    }

    public String policy() {
        return policy;
    }

    public String description() {
        return description;
    }

    /** Number of queue levels of the policy. */
    public int levels() {
        return quanta.length;
    }

    /** Quantum of a level ({@code NaN} for single-queue policies). */
    public double quantum(int level) {
        return quanta[level];
    }

    public int jobs() {
        return trace.size();
    }

    public int slices() {
        return sliceJob.length;
    }

    public int sliceJob(int s) {
        return sliceJob[s];
    }

    public int sliceLevel(int s) {
        return sliceLevel[s];
    }

    public int sliceFirstToken(int s) {
        return sliceFirstToken[s];
    }

    public int sliceIterations(int s) {
        return sliceIterations[s];
    }

    public double sliceStart(int s) {
        return sliceStart[s];
    }

    public double sliceEnd(int s) {
        return sliceEnd[s];
    }

    /** Start time of token {@code k}'s iteration within slice s (k from the slice's first token). */
    public double iterationStart(int s, int token) {
        int j = sliceJob[s];
        int done = sliceFirstToken[s] - 1;
        return org.servelab.policy.Iterations.boundary(sliceStart[s], trace.prefillTime(j), trace.decodeTime(j), done,
                token - sliceFirstToken[s]);
    }

    /** End time of token {@code k}'s iteration within slice s. */
    public double iterationEnd(int s, int token) {
        return iterationStart(s, token + 1);
    }

    /** Index of the first slice that ends after {@code t} (slices are sorted by start). */
    public int firstSliceEndingAfter(double t) {
        int lo = 0;
        int hi = sliceEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sliceEnd[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public double arrival(int job) {
        return trace.arrival(job);
    }

    /** Finish time of a job, {@code NaN} if it never finished. */
    public double finish(int job) {
        return finish[job];
    }

    public double firstToken(int job) {
        return firstToken[job];
    }

    public double jct(int job) {
        return org.servelab.workload.TimeGrid.add(finish[job], -trace.arrival(job));
    }

    /** The time the last slice ends. */
    public double end() {
        return makespanEnd;
    }
}
