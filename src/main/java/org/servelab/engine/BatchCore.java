package org.servelab.engine;

import java.util.ArrayList;
import java.util.List;

import org.servelab.cost.BatchCostModel;
import org.servelab.cost.BatchShape;
import org.servelab.engine.event.BatchStarted;
import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.JobArrived;
import org.servelab.engine.event.JobDemoted;
import org.servelab.engine.event.JobDropped;
import org.servelab.engine.event.JobFinished;
import org.servelab.engine.event.JobJoinedQueue;
import org.servelab.engine.event.JobPreempted;
import org.servelab.engine.event.JobPromoted;
import org.servelab.engine.event.JobSwappedIn;
import org.servelab.engine.event.JobTruncated;
import org.servelab.engine.event.RunFinished;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.metrics.Distribution;
import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.ServingStats;
import org.servelab.metrics.Summary;
import org.servelab.policy.IntDeque;
import org.servelab.policy.QueueObserver;
import org.servelab.policy.batch.Batch;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicy;
import org.servelab.policy.batch.BatchState;
import org.servelab.policy.batch.MemoryObserver;
import org.servelab.policy.batch.PredictedLengths;
import org.servelab.policy.batch.Preemption;
import org.servelab.workload.InputException;
import org.servelab.workload.TimeGrid;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;

/**
 * The batching core: one iteration per step, each running a batch the policy built, priced by the batch
 * cost model, with the boundary order, KV memory, drops and caps of docs/batching.md. Driven by the
 * discrete-event engine and by the three threads exactly like {@link SimulationCore}.
 */
final class BatchCore implements RunCore<BatchCore.Step> {

    /** One priced iteration, from {@code start} to {@code end}. */
    record Step(double start, double end) {
    }

    private final TimedTrace trace;
    private final BatchPolicy policy;
    private final BatchCostModel cost;
    private final BatchOptions options;
    private final EventSink sink;
    private final boolean events;
    private final boolean iterations;
    private final QueueObserver observer;
    private final BatchState state;
    private final Batch batch;
    private final double unitFactor;
    private final double swapPerBlock;
    private final boolean[] truncated;
    private final double[] firstToken;
    private final double[] finish;
    private final double[] service;
    private final IntDeque unstarted = new IntDeque();
    private final PredictedLengths predicted;

    private double now;
    private int finished;
    private int dropped;
    private int notStarted;
    private long iterationCount;
    private long items;
    private long tokens;
    private double busy;
    private double kvTime;
    private long kvPeak;

    BatchCore(TimedTrace trace, BatchSetup setup, EventSink sink) {
        this.trace = trace;
        this.policy = setup.policy();
        this.cost = setup.cost();
        this.sink = sink;
        this.events = sink != EventSink.NONE;
        this.iterations = events && sink.wantsIterations();
        this.observer = events ? new EventObserver() : QueueObserver.NONE;
        int n = trace.size();
        BatchOptions o = setup.options();
        long kv = o.kvBlocks() > 0 ? o.kvBlocks() : cost.kvBlocks(o.blockSize());
        this.options = o.withKv(o.blockSize(), kv > 0 ? kv : -1, o.preemption(), o.swapBlocks());
        this.unitFactor = TimeUnit.fromSymbol(cost.timeUnit()).seconds() / trace.timeUnit().seconds();
        this.swapPerBlock = cost.swapTimePerBlock(options.blockSize()) * unitFactor;
        double[] arrival = new double[n];
        int[] prompt = new int[n];
        int[] output = new int[n];
        double[] p = new double[n];
        double[] d = new double[n];
        this.truncated = new boolean[n];
        for (int j = 0; j < n; j++) {
            arrival[j] = trace.arrival(j);
            prompt[j] = Math.max(1, trace.promptTokens(j));
            int want = trace.outputTokens(j);
            output[j] = options.maxOutput() > 0 ? Math.min(want, options.maxOutput()) : want;
            truncated[j] = output[j] < want;
            p[j] = trace.prefillTime(j);
            d[j] = trace.decodeTime(j);
        }
        double[] soloPrefill = cost.perJob() ? p : new double[n];
        double[] soloDecode = cost.perJob() ? d : new double[n];
        if (!cost.perJob()) {
            Solo solo = new Solo();
            for (int j = 0; j < n; j++) {
                soloPrefill[j] = price(solo.set(prompt[j], 0, false, p[j], d[j]), trace, j, "prefill");
                soloDecode[j] = price(solo.set(1, prompt[j], true, p[j], d[j]), trace, j, "decode");
            }
        }
        this.service = new double[n];
        for (int j = 0; j < n; j++) {
            service[j] = TimeGrid.snap(soloPrefill[j] + (output[j] - 1) * soloDecode[j]);
        }
        checkFits(prompt, output);
        this.state = new BatchState(options, arrival, prompt, output, soloPrefill, soloDecode);
        this.predicted = setup.predicted();
        state.rankBy(predicted);
        if (events) {
            state.observer(new MemoryEvents());
        }
        this.batch = new Batch(state, p, d);
        this.firstToken = new double[n];
        this.finish = new double[n];
        java.util.Arrays.fill(firstToken, Double.NaN);
        java.util.Arrays.fill(finish, Double.NaN);
        policy.start(state);
    }

    private double price(BatchShape shape, TimedTrace t, int j, String what) {
        double v = TimeGrid.snap(cost.iterationTime(shape) * unitFactor);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InputException(cost.name(), 0, what, "cost model " + cost.name() + " prices job " + t.id(j)
                    + "'s " + what + " at " + v + " " + t.timeUnit().symbol() + " (below the time resolution)");
        }
        return v;
    }

    private void checkFits(int[] prompt, int[] output) {
        if (options.kvBlocks() < 0) {
            return;
        }
        boolean reserve = options.preemption() == Preemption.RESERVE;
        for (int j = 0; j < prompt.length; j++) {
            long tokensHeld = reserve ? (long) prompt[j] + (options.maxOutput() > 0 ? options.maxOutput() : output[j])
                    : (long) prompt[j] + output[j] - 1;
            long need = (tokensHeld + options.blockSize() - 1) / options.blockSize();
            if (need > options.kvBlocks()) {
                throw new InputException(trace.name(), 0, "jobs[" + j + "]", "job " + trace.id(j) + " needs " + need
                        + " KV blocks of " + options.blockSize() + " tokens (" + tokensHeld + " tokens" + (reserve
                        ? " reserved" : "") + ") but the capacity is " + options.kvBlocks()
                        + " blocks: it could never run; raise --kv-blocks or set --max-output");
            }
        }
    }

    @Override
    public double now() {
        return now;
    }

    @Override
    public boolean done() {
        return finished + dropped == trace.size();
    }

    @Override
    public void advanceTo(double t) {
        if (t < now) {
            throw new IllegalStateException("time cannot go back from " + now + " to " + t);
        }
        now = t;
    }

    @Override
    public void beforeAdmission() {
        double timeout = options.timeout();
        if (timeout == Double.POSITIVE_INFINITY) {
            return;
        }
        while (!unstarted.isEmpty()) {
            int j = unstarted.peekFirst();
            if (!state.isActive(j) || state.tokensDone(j) > 0) {
                unstarted.pollFirst();
            } else if (TimeGrid.add(now, -trace.arrival(j)) >= timeout) {
                unstarted.pollFirst();
                policy.remove(j);
                drop(j, "timeout");
            } else {
                return;
            }
        }
    }

    private void drop(int j, String reason) {
        if (state.isActive(j)) {
            notStarted--;
        }
        state.drop(j);
        dropped++;
        if (events) {
            sink.accept(new JobDropped(now, j, reason));
        }
    }

    @Override
    public void admit(int job) {
        if (events) {
            sink.accept(new JobArrived(trace.arrival(job), job));
        }
        if (options.maxWaiting() >= 0 && notStarted >= options.maxWaiting()) {
            drop(job, "max-waiting");
            return;
        }
        state.activate(job);
        notStarted++;
        if (options.timeout() != Double.POSITIVE_INFINITY) {
            unstarted.addLast(job);
        }
        policy.admit(job, now, observer);
    }

    @Override
    public Step next(double nextArrival) {
        batch.clear(now);
        policy.build(batch, now, observer);
        if (batch.isEmpty()) {
            return null;
        }
        double t = TimeGrid.snap(cost.iterationTime(batch) * unitFactor + state.movedThisIteration() * swapPerBlock);
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalStateException("cost model " + cost.name() + " priced a batch of " + batch.size()
                    + " at " + t + " " + trace.timeUnit().symbol() + " at t = " + now);
        }
        iterationCount++;
        items += batch.size();
        tokens += batch.tokenTotal();
        busy += t;
        kvTime += state.used() * t;
        kvPeak = Math.max(kvPeak, state.used());
        return new Step(now, TimeGrid.add(now, t));
    }

    @Override
    public void execute(Step step, Pacer pacer) throws InterruptedException {
        pacer.beforeIteration();
        if (events) {
            sink.accept(new BatchStarted(step.start(), step.end(), batch.jobs(), batch.tokenCounts(), batch.kinds(),
                    batch.levels(), state.used(), options.kvBlocks()));
        }
        pacer.awaitTime(step.end());
    }

    @Override
    public void complete(Step step) {
        double elapsed = TimeGrid.add(step.end(), -step.start());
        now = step.end();
        boolean holds = policy.holdsFinishedMembers();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.kind(i) == Batch.PADDING) {
                continue;
            }
            int j = batch.job(i);
            if (state.book(j, batch.tokens(i), batch.decode(i))) {
                int k = state.tokensDone(j);
                if (k == 1) {
                    firstToken[j] = now;
                    notStarted--;
                }
                if (iterations) {
                    sink.accept(new TokenGenerated(now, j, k, batch.level(i)));
                }
                if (!holds && state.madeAllTokens(j)) {
                    finishJob(j);
                }
            }
        }
        policy.iterationDone(batch, elapsed, now, observer);
        for (int j : policy.finishedByPolicy()) {
            finishJob(j);
        }
    }

    private void finishJob(int j) {
        finish[j] = now;
        state.finish(j);
        finished++;
        policy.finished(j);
        if (events) {
            if (truncated[j]) {
                sink.accept(new JobTruncated(now, j, state.outputTokens(j)));
            }
            sink.accept(new JobFinished(now, j, TimeGrid.add(now, -trace.arrival(j))));
        }
    }

    @Override
    public RunResult result() {
        if (state.used() != 0 || state.swapUsed() != 0) {
            throw new IllegalStateException("run ended with " + state.used() + " KV blocks in use and "
                    + state.swapUsed() + " swapped");
        }
        if (events) {
            sink.accept(new RunFinished(now, trace.size()));
        }
        int n = trace.size();
        List<JobResult> all = new ArrayList<>(n);
        List<JobResult> served = new ArrayList<>(n);
        int[] preemptions = new int[n];
        boolean[] droppedJobs = new boolean[n];
        double[] queueing = new double[n];
        double[] ttft = new double[n];
        double[] tpot = new double[n];
        double[] delay = new double[n];
        double[] pre = new double[n];
        int served1 = 0;
        int tpotCount = 0;
        int truncatedCount = 0;
        for (int j = 0; j < n; j++) {
            JobResult r = new JobResult(trace.id(j), trace.arrival(j), firstToken[j], finish[j],
                    state.isDropped(j) ? 0 : state.outputTokens(j), service[j]);
            all.add(r);
            preemptions[j] = state.preemptions(j);
            droppedJobs[j] = state.isDropped(j);
            double started = state.firstWork(j);
            queueing[j] = Double.isNaN(started) ? Double.NaN : TimeGrid.add(started, -trace.arrival(j));
            if (droppedJobs[j]) {
                continue;
            }
            served.add(r);
            truncatedCount += truncated[j] ? 1 : 0;
            ttft[served1] = r.ttft();
            delay[served1] = queueing[j];
            pre[served1] = preemptions[j];
            served1++;
            if (state.outputTokens(j) > 1) {
                tpot[tpotCount++] = TimeGrid.add(finish[j], -firstToken[j]) / (state.outputTokens(j) - 1);
            }
        }
        long cap = options.kvBlocks();
        ServingStats stats = new ServingStats(preemptions, droppedJobs, truncated.clone(), queueing,
                Distribution.of(ttft, served1), Distribution.of(tpot, tpotCount), Distribution.of(delay, served1),
                Distribution.of(pre, served1), iterationCount,
                iterationCount == 0 ? 0 : (double) items / iterationCount,
                iterationCount == 0 ? 0 : (double) tokens / iterationCount, cap,
                cap > 0 && busy > 0 ? kvTime / (busy * cap) : Double.NaN, cap > 0 ? (double) kvPeak / cap : Double.NaN,
                kvPeak, state.preemptionsTotal(), state.movedTotal(), truncatedCount, dropped, busy);
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>(policy.parameters());
        params.put("maxBatch", options.maxBatch());
        params.put("maxBatchTokens", options.maxBatchTokens());
        params.put("costModel", cost.name());
        if (predicted != null) {
            params.put("rankedBy", predicted.name());
        }
        params.put("blockSize", options.blockSize());
        params.put("kvBlocks", cap > 0 ? cap : null);
        params.put("preemption", options.preemption().cliName());
        return new RunResult(trace.name(), trace.timeUnit().symbol(), policy.name(), policy.describe(), params, all,
                Summary.of(served, trace.timeUnit().seconds()), iterationCount, stats);
    }

    /** A batch of one item, for the solo prices MLFQ and SRPT rank by. */
    private static final class Solo implements BatchShape {
        private int tokens;
        private int context;
        private boolean decode;
        private int prompt;
        private double p;
        private double d;

        Solo set(int c, int ctx, boolean dec, double pf, double dc) {
            tokens = c;
            context = ctx;
            decode = dec;
            prompt = dec ? ctx : c;
            p = pf;
            d = dc;
            return this;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public int tokens(int i) {
            return tokens;
        }

        @Override
        public boolean decode(int i) {
            return decode;
        }

        @Override
        public int contextBefore(int i) {
            return context;
        }

        @Override
        public int promptTokens(int i) {
            return prompt;
        }

        @Override
        public double prefillTime(int i) {
            return p;
        }

        @Override
        public double decodeTime(int i) {
            return d;
        }
    }

    private final class EventObserver implements QueueObserver {
        @Override
        public void joined(int job, int level) {
            sink.accept(new JobJoinedQueue(now, job, level));
        }

        @Override
        public void demoted(int job, int from, int to) {
            sink.accept(new JobDemoted(now, job, from, to));
        }

        @Override
        public void promoted(int job, int from, int to) {
            sink.accept(new JobPromoted(now, job, from, to));
        }
    }

    private final class MemoryEvents implements MemoryObserver {
        @Override
        public void preempted(int job, boolean swapped, int blocks) {
            sink.accept(new JobPreempted(now, job, swapped, blocks));
        }

        @Override
        public void swappedIn(int job, int blocks) {
            sink.accept(new JobSwappedIn(now, job, blocks));
        }
    }
}
