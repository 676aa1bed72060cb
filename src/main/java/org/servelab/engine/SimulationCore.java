package org.servelab.engine;

import java.util.ArrayList;
import java.util.List;

import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.IterationStarted;
import org.servelab.engine.event.JobArrived;
import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.JobFinished;
import org.servelab.engine.event.RunFinished;
import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.Summary;
import org.servelab.policy.Dispatch;
import org.servelab.policy.Iterations;
import org.servelab.policy.JobView;
import org.servelab.policy.QueueObserver;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.TimeGrid;
import org.servelab.workload.TimedTrace;

/**
 * The state of one run and the steps every engine takes: admit, decide, plan, execute, complete.
 * The discrete-event engine calls them in a loop on one thread; the threaded engine calls
 * {@link #execute} on its inference thread and the rest on its scheduler thread, handing the job over
 * in between. Both therefore emit the same events and compute every time with the same arithmetic.
 */
final class SimulationCore implements JobView, RunCore<SimulationCore.Work> {

    /** A dispatch and the number of iterations planned for it. */
    record Work(Dispatch dispatch, int iterations) {
    }


    private final TimedTrace trace;
    private final SchedulingPolicy policy;
    private final EventSink sink;
    private final boolean events;
    private final boolean iterations;
    private final boolean iterationStarts;
    private final QueueObserver observer;

    private final int[] tokensDone;
    private final double[] firstToken;
    private final double[] finish;
    private double now;
    private int finished;
    private long decisions;

    SimulationCore(TimedTrace trace, SchedulingPolicy policy, EventSink sink) {
        this.trace = trace;
        this.policy = policy;
        this.sink = sink;
        this.events = sink != EventSink.NONE;
        this.iterations = events && sink.wantsIterations();
        this.iterationStarts = iterations && sink.wantsIterationStarts();
        this.observer = events ? new QueueEvents(sink, this::now) : QueueObserver.NONE;
        int n = trace.size();
        this.tokensDone = new int[n];
        this.firstToken = new double[n];
        this.finish = new double[n];
        policy.start(this);
    }

    @Override
    public double now() {
        return now;
    }

    @Override
    public void advanceTo(double t) {
        if (t < now) {
            throw new IllegalStateException("time cannot go back from " + now + " to " + t);
        }
        now = t;
    }

    @Override
    public boolean done() {
        return finished == trace.size();
    }

    @Override
    public void beforeAdmission() {
    }

    @Override
    public void admit(int job) {
        if (events) {
            sink.accept(new JobArrived(trace.arrival(job), job));
        }
        policy.admit(job, now, observer);
    }

    @Override
    public Work next(double nextArrival) {
        Dispatch d = policy.decide(now, observer);
        return d == null ? null : new Work(d, plan(d, nextArrival));
    }

    @Override
    public void execute(Work w, Pacer pacer) throws InterruptedException {
        execute(w.dispatch(), w.iterations(), pacer);
    }

    @Override
    public void complete(Work w) {
        complete(w.dispatch(), w.iterations());
    }

    /** How many iterations the dispatch runs, given the next arrival not yet admitted (+inf if none). */
    int plan(Dispatch d, double nextArrival) {
        int job = d.job();
        int limit = Math.min(d.maxIterations(), trace.outputTokens(job) - tokensDone[job]);
        double stopAt = d.preemptible() ? Math.min(d.reconsiderAt(), nextArrival) : d.reconsiderAt();
        // boundaries grow with the count, so when the last but one stays short of stopAt, all do and the
        // dispatch runs to its limit: one boundary instead of the search (the common case, an arrival far off)
        if (stopAt < Double.POSITIVE_INFINITY && limit > 1 && Iterations.boundary(now, trace.prefillTime(job),
                trace.decodeTime(job), tokensDone[job], limit - 1) >= stopAt) {
            limit = Iterations.untilReached(trace.prefillTime(job), trace.decodeTime(job), tokensDone[job], now,
                    stopAt, limit);
        }
        decisions++;
        if (events) {
            sink.accept(new JobDispatched(now, job, d.level(), tokensDone[job] + 1, limit,
                    Iterations.boundary(now, trace.prefillTime(job), trace.decodeTime(job), tokensDone[job], limit)));
        }
        return limit;
    }

    private double elapsed(int job, int count) {
        return Iterations.elapsed(trace.prefillTime(job), trace.decodeTime(job), tokensDone[job], count);
    }

    /**
     * Runs the planned iterations: paces each one and, when asked for, emits its start and its token.
     * Touches no state other than the sink, so it may run on another thread than the other steps.
     */
    void execute(Dispatch d, int count, Pacer pacer) throws InterruptedException {
        int job = d.job();
        int done = tokensDone[job];
        double start = now;
        if (!iterations && !pacer.stepsIterations()) {
            pacer.awaitTime(Iterations.boundary(start, trace.prefillTime(job), trace.decodeTime(job), done, count));
            return;
        }
        double prefill = trace.prefillTime(job);
        double decode = trace.decodeTime(job);
        double end = Iterations.boundary(start, prefill, decode, done, 0);
        for (int k = 1; k <= count; k++) {
            pacer.beforeIteration();
            double begin = end; // boundary(..., k - 1), computed for the iteration before
            end = Iterations.boundary(start, prefill, decode, done, k);
            if (iterationStarts) {
                sink.accept(new IterationStarted(begin, job, done + k, d.level(), end - begin));
            }
            pacer.awaitTime(end);
            if (iterations) {
                sink.token(end, job, done + k, d.level());
            }
        }
    }

    /** Books the iterations: advances the clock, records tokens and tells the policy. */
    void complete(Dispatch d, int count) {
        int job = d.job();
        double elapsed = elapsed(job, count);
        if (tokensDone[job] == 0) {
            firstToken[job] = Iterations.boundary(now, trace.prefillTime(job), trace.decodeTime(job), 0, 1);
        }
        now = TimeGrid.add(now, elapsed);
        tokensDone[job] += count;
        boolean isFinished = tokensDone[job] == trace.outputTokens(job);
        if (isFinished) {
            finish[job] = now;
            finished++;
            if (events) {
                sink.accept(new JobFinished(now, job, TimeGrid.add(now, -trace.arrival(job))));
            }
        }
        policy.iterationsDone(d, count, elapsed, isFinished, now, observer);
    }

    @Override
    public RunResult result() {
        if (events) {
            sink.accept(new RunFinished(now, trace.size()));
        }
        List<JobResult> jobs = new ArrayList<>(trace.size());
        for (int j = 0; j < trace.size(); j++) {
            jobs.add(new JobResult(trace.id(j), trace.arrival(j), firstToken[j], finish[j], trace.outputTokens(j),
                    trace.serviceTime(j)));
        }
        return new RunResult(trace.name(), trace.timeUnit().symbol(), policy.name(), policy.describe(),
                policy.parameters(), jobs, Summary.of(jobs, trace.timeUnit().seconds()), decisions);
    }

    @Override
    public int size() {
        return trace.size();
    }

    @Override
    public double arrival(int job) {
        return trace.arrival(job);
    }

    @Override
    public double prefillTime(int job) {
        return trace.prefillTime(job);
    }

    @Override
    public double decodeTime(int job) {
        return trace.decodeTime(job);
    }

    @Override
    public int outputTokens(int job) {
        return trace.outputTokens(job);
    }

    @Override
    public int tokensDone(int job) {
        return tokensDone[job];
    }

}
