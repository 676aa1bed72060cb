package org.servelab.engine;

import java.util.ArrayList;
import java.util.List;

import org.servelab.cost.BatchCostModel;
import org.servelab.cost.BatchShape;
import org.servelab.cost.SoloCost;
import org.servelab.cost.PerJobCost;
import org.servelab.engine.event.BatchStarted;
import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.IterationStarted;
import org.servelab.engine.event.JobArrived;
import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.JobDropped;
import org.servelab.engine.event.JobFinished;
import org.servelab.engine.event.JobPreempted;
import org.servelab.engine.event.JobSwappedIn;
import org.servelab.engine.event.JobTruncated;
import org.servelab.engine.event.RunFinished;
import org.servelab.metrics.Distribution;
import org.servelab.metrics.GapCounter;
import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.ServingStats;
import org.servelab.metrics.Summary;
import org.servelab.policy.Dispatch;
import org.servelab.policy.IntDeque;
import org.servelab.policy.Iterations;
import org.servelab.policy.QueueObserver;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.policy.batch.Batch;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicy;
import org.servelab.policy.batch.BatchState;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.MemoryObserver;
import org.servelab.policy.batch.PredictedLengths;
import org.servelab.policy.batch.Preemption;
import org.servelab.policy.batch.Speculation;
import org.servelab.workload.InputException;
import org.servelab.workload.TimeGrid;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;

/**
 * The core of every run: each step runs a batch the policy built (one iteration, or several of the same
 * members back to back), priced by the batch cost model, with the boundary order, KV memory, drops and
 * caps of docs/batching.md. Batch size 1 runs through {@link SoloBatching}: a batch of the one job a
 * {@link org.servelab.policy.Dispatch} names, for as many iterations as it allows. Driven alike by the
 * discrete-event engine and by the three threads.
 */
final class SimulationCore implements RunCore<SimulationCore.Step> {

    /**
     * Priced work from {@code start} to {@code end}: one iteration, or {@code iterations} iterations of the
     * same members run back to back, the first ending at {@code firstEnd}.
     */
    record Step(double start, double end, int iterations, double firstEnd) {
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
    private final double[] lastToken;
    private final GapCounter gaps;
    private final Speculation speculation;
    private final java.util.SplittableRandom draws;
    private final SpeculativeShapes speculative;
    private final boolean fastForward;
    /** The batch-size-1 policy this run drives, or null for a batching policy. */
    private final SoloBatching solo;
    private final boolean iterationStarts;
    private long steps;
    private final boolean fixedPrice;
    private final Shifted shifted = new Shifted();
    private int[] crossingsFrom = new int[64];
    private final PredictedLengths predicted;

    private double now;
    private int finished;
    private int dropped;
    private int notStarted;
    private long iterationCount;
    private long items;
    private long tokens;
    /** Time spent running iterations, in grid steps (exact in any order, so a run of repeats adds it at once). */
    private long busyGrid;
    private double kvTime;
    private long kvPeak;

    SimulationCore(TimedTrace trace, BatchSetup setup, EventSink sink) {
        this.trace = trace;
        this.policy = setup.policy();
        this.cost = setup.cost();
        this.sink = sink;
        this.events = sink != EventSink.NONE;
        this.iterations = events && sink.wantsIterations();
        this.iterationStarts = iterations && sink.wantsIterationStarts();
        this.solo = setup.policy() instanceof SoloBatching s ? s : null;
        this.gaps = new GapCounter();
        this.observer = events ? new QueueEvents(sink, this::now) : QueueObserver.NONE;
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
            SoloCost solo = new SoloCost(cost);
            for (int j = 0; j < n; j++) {
                soloPrefill[j] = onGrid(solo.prefillTime(prompt[j]), trace, j, "prefill");
                soloDecode[j] = onGrid(solo.decodeTime(prompt[j]), trace, j, "decode");
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
        this.speculation = setup.speculation();
        this.draws = speculation == null ? null : new java.util.SplittableRandom(speculation.seed());
        this.speculative = speculation == null ? null : new SpeculativeShapes(batch, speculation.draftLength());
        if (speculation != null) {
            state.decodeSpan(speculation.draftLength() + 1);
        }
        this.fastForward = !events && speculation == null && (cost.perJob() || cost.pricesByTotals());
        this.fixedPrice = cost.decodePriceFixed();
        if (fastForward && solo == null && cost.pricesByTotals() && policy.keepsDecodeCohort()) {
            // nothing reads a member's every iteration: steady decodes may be booked in bulk
            state.allowCohort();
        }
        this.firstToken = new double[n];
        this.finish = new double[n];
        this.lastToken = new double[n];
        java.util.Arrays.fill(firstToken, Double.NaN);
        java.util.Arrays.fill(finish, Double.NaN);
        policy.start(state);
    }

    private double onGrid(double price, TimedTrace t, int j, String what) {
        double v = TimeGrid.snap(price * unitFactor);
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
        for (int i = 0; i < state.cohortLeft(); i++) {
            // a member let go by the decode cohort was in every iteration up to this one
            lastToken[state.cohortLeft(i)] = now;
        }
        if (batch.isEmpty()) {
            return null;
        }
        if (solo != null) {
            return dispatched(checked(soloStep(nextArrival)));
        }
        return batchStep(nextArrival);
    }

    /** A batching step: the batch just built, priced, for one iteration or a steady run of them. */
    private Step batchStep(double nextArrival) {
        double t = TimeGrid.snap(price() * unitFactor + state.movedThisIteration() * swapPerBlock);
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalStateException("cost model " + cost.name() + " priced a batch of " + batch.size()
                    + " at " + t + " " + trace.timeUnit().symbol() + " at t = " + now);
        }
        iterationCount++;
        items += batch.size();
        tokens += batch.tokenTotal();
        busyGrid += grid(t);
        kvTime += state.used() * t;
        kvPeak = Math.max(kvPeak, state.used());
        double end = TimeGrid.add(now, t);
        if (fastForward && state.movedThisIteration() == 0) {
            double until = policy.steadyUntil(batch, now);
            // a job admitted late could time out before it is admitted: with timeouts every arrival ends a step
            double arrivals = options.timeout() == Double.POSITIVE_INFINITY && !policy.arrivalsCanChange(batch)
                    ? Double.POSITIVE_INFINITY : nextArrival;
            if (until > end && end < arrivals) {
                return checked(repeat(end, t, arrivals, until));
            }
        }
        return checked(new Step(now, end, 1, end));
    }

    /**
     * A batch-size-1 step: the job its dispatch names, for as many iterations as the dispatch allows (its
     * limit, its last token, the first boundary at or after its time to reconsider, or after the next
     * arrival when it is preemptible), priced by the job's own times. The iterations are the same
     * members' back to back, so the step is a steady one with the prefill first when the job has not
     * run; its boundaries are those of {@link Iterations}, in closed form.
     */
    private Step soloStep(double nextArrival) {
        Dispatch d = solo.current();
        int j = d.job();
        int done = state.tokensDone(j);
        double p = state.soloPrefill(j);
        double dt = state.soloDecode(j);
        int limit = Math.min(d.maxIterations(), state.outputTokens(j) - done);
        double stopAt = d.preemptible() ? Math.min(d.reconsiderAt(), nextArrival) : d.reconsiderAt();
        // boundaries grow with the count: when the last but one stays short of stopAt, the step runs to its limit
        if (stopAt < Double.POSITIVE_INFINITY && limit > 1
                && Iterations.reaches(now, p, dt, done, limit - 1, stopAt)) {
            limit = Iterations.untilReached(p, dt, done, now, stopAt, limit);
        }
        double end = Iterations.boundary(now, p, dt, done, limit);
        return new Step(now, end, limit, done == 0 ? Iterations.boundary(now, p, dt, 0, 1) : Double.NaN);
    }

    /** Counts a batch-size-1 step and reports it as the dispatch it is. */
    private Step dispatched(Step step) {
        steps++;
        if (events) {
            int j = batch.job(0);
            sink.accept(new JobDispatched(now, j, batch.level(0), state.tokensDone(j) + 1, step.iterations(),
                    step.end()));
        }
        return step;
    }

    /**
     * Runs the steady decode batch just built again and again, in closed form, up to the boundary where
     * something can change: a member's last token, an arrival, a timeout, an allocation that would fail, or
     * the policy's own horizon {@code until} (a quantum running out, a waiting job starving).
     * Per iteration it does a few scalar operations (the price, the KV blocks added, which it counts by
     * the step at which each member crosses into a new block); the members are visited once, in
     * {@link #complete}. Every sum is made in the same order as iteration by iteration, so the results are
     * the same to the bit.
     */
    private Step repeat(double firstEnd, double firstTime, double arrival, double until) {
        int decodes = batch.cohort();
        int most = decodes > 0 ? state.cohortIterationsLeft() : Integer.MAX_VALUE;
        for (int i = 0; i < batch.items(); i++) {
            byte kind = batch.kind(i);
            if (kind == Batch.PADDING) {
                continue;
            }
            if (kind == Batch.CHUNK) {
                return new Step(now, firstEnd, 1, firstEnd);
            }
            int j = batch.job(i);
            decodes++;
            most = Math.min(most, state.outputTokens(j) - state.tokensDone(j));
        }
        double deadline = Math.min(nextDeadline(), until);
        if (decodes == 0 || most <= 1 || firstEnd >= deadline) {
            return new Step(now, firstEnd, 1, firstEnd);
        }
        if (fixedPrice && options.kvBlocks() <= 0) {
            return repeatFixed(firstEnd, firstTime, Math.min(arrival, deadline), most, decodes);
        }
        int bs = options.blockSize();
        boolean allocates = options.preemption() != Preemption.RESERVE;
        // crossingsFrom[r]: members whose first new block comes at repeat r (at most the block size + 1 for a
        // member holding the blocks its context fills, further for a static batch's reservation)
        int span = 0;
        if (allocates) {
            for (int i = 0; i < batch.items(); i++) {
                if (batch.kind(i) == Batch.DECODE && firstCrossing(i, bs) <= most) {
                    span = Math.max(span, (int) firstCrossing(i, bs));
                }
            }
            if (crossingsFrom.length <= span) {
                crossingsFrom = new int[Math.max(span + 1, crossingsFrom.length * 2)];
            } else {
                java.util.Arrays.fill(crossingsFrom, 0, span + 1, 0);
            }
            for (int i = 0; i < batch.items(); i++) {
                if (batch.kind(i) == Batch.DECODE && firstCrossing(i, bs) <= most) {
                    crossingsFrom[(int) firstCrossing(i, bs)]++;
                }
            }
        }
        int[] crossing = new int[bs];
        long used = state.used();
        long cap = options.kvBlocks();
        shifted.decodes = decodes;
        double end = firstEnd;
        int k = 1;
        while (k < most) {
            int next = k + 1;
            if (next <= span) {
                crossing[next % bs] += crossingsFrom[next];
            }
            long added = crossing[next % bs] + (batch.cohort() > 0 ? state.cohortBlocksAt(k) : 0);
            if (cap > 0 && used + added > cap) {
                break;
            }
            used += added;
            shifted.shift = k;
            // per-job pricing of decodes does not depend on contexts: every repeat costs the first's time
            double t = cost.perJob() ? firstTime
                    : TimeGrid.snap(cost.iterationTime(shifted) * unitFactor + 0.0 * swapPerBlock);
            end = TimeGrid.add(end, t);
            k = next;
            iterationCount++;
            items += batch.size();
            tokens += batch.tokenTotal();
            busyGrid += grid(t);
            kvTime += used * t;
            kvPeak = Math.max(kvPeak, used);
            gaps.add(t, decodes);
            if (end >= arrival || end >= deadline) {
                break;
            }
        }
        return new Step(now, end, k, firstEnd);
    }

    /** The repeat at which the decode item {@code i} first needs a new block. */
    private long firstCrossing(int i, int bs) {
        return (long) state.blocks(batch.job(i)) * bs - batch.contextBefore(i) + 1;
    }

    /**
     * {@link #repeat} when every repeat costs the first's time and memory is unlimited: the number of
     * iterations, the end and every counter follow in closed form, so the cost of a run of decodes does not
     * grow with its length. Times stay on the grid, where {@code firstEnd + (n - 1) t} is exact, so the end
     * is the one iteration-by-iteration addition reaches.
     */
    private Step repeatFixed(double firstEnd, double t, double stopAt, int most, int decodes) {
        int n = most;
        double last = end(firstEnd, t, most);
        // the end before the last is last - t, exact on the grid
        if (stopAt < Double.POSITIVE_INFINITY && TimeGrid.add(last, -t) >= stopAt) {
            double estimate = 1 + Math.ceil((stopAt - firstEnd) / t);
            n = (int) Math.max(2, Math.min(most, estimate));
            while (n > 2 && end(firstEnd, t, n - 1) >= stopAt) {
                n--;
            }
            while (n < most && end(firstEnd, t, n) < stopAt) {
                n++;
            }
            last = end(firstEnd, t, n);
        }
        long repeats = n - 1;
        if (options.preemption() != Preemption.RESERVE) {
            long used = state.used() + (batch.cohort() > 0 ? state.cohortBlocksOver(repeats) : 0);
            int bs = options.blockSize();
            for (int i = 0; i < batch.items(); i++) {
                if (batch.kind(i) != Batch.PADDING) {
                    // the iteration whose token first needs a new block
                    long first = (long) state.blocks(batch.job(i)) * bs - batch.contextAfter(i) + 2;
                    if (first <= n) {
                        used += 1 + (n - first) / bs;
                    }
                }
            }
            kvPeak = Math.max(kvPeak, used);
        }
        iterationCount += repeats;
        items += repeats * batch.size();
        tokens += repeats * batch.size(); // every repeat makes one token per item
        busyGrid += repeats * grid(t);
        gaps.add(t, repeats * decodes);
        return new Step(now, last, n, firstEnd);
    }

    /** The end of the {@code n}-th of a run of iterations of time {@code t}, the first ending at {@code firstEnd}. */
    private static double end(double firstEnd, double t, int n) {
        return TimeGrid.add(firstEnd, TimeGrid.snap((n - 1) * t));
    }

    private static long grid(double t) {
        return Math.round(t * TimeGrid.STEPS_PER_UNIT);
    }

    /** The earliest time a waiting job without a token times out, or +inf. */
    private double nextDeadline() {
        if (options.timeout() == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < unstarted.size(); i++) {
            int j = unstarted.get(i);
            if (state.isActive(j) && state.tokensDone(j) == 0) {
                return TimeGrid.add(trace.arrival(j), options.timeout());
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The batch with every decode's context {@code shift} tokens further on: the price of a later repeat. */
    private final class Shifted implements BatchShape {
        int shift;
        int decodes;

        @Override
        public int size() {
            return batch.size();
        }

        @Override
        public long tokenTotal() {
            return batch.tokenTotal();
        }

        @Override
        public long decodeContextTotal() {
            return batch.decodeContextTotal() + (long) shift * decodes;
        }

        @Override
        public long contextTotal() {
            return batch.contextTotal() + (long) shift * decodes;
        }

        @Override
        public long pairTotal() {
            return batch.pairTotal() + (long) shift * decodes;
        }

        @Override
        public int tokens(int i) {
            return batch.tokens(i);
        }

        @Override
        public boolean decode(int i) {
            return batch.decode(i);
        }

        @Override
        public int contextBefore(int i) {
            return batch.contextBefore(i) + (batch.kind(i) == Batch.DECODE ? shift : 0);
        }

        @Override
        public int contextAfter(int i) {
            return batch.kind(i) == Batch.DECODE ? batch.contextAfter(i) + shift : batch.contextAfter(i);
        }

        @Override
        public int promptTokens(int i) {
            return batch.promptTokens(i);
        }

        @Override
        public double prefillTime(int i) {
            return batch.prefillTime(i);
        }

        @Override
        public double decodeTime(int i) {
            return batch.decodeTime(i);
        }
    }

    /**
     * The batch's cost in the model's unit; with speculative decoding the target verifies g + 1 tokens per
     * decoding sequence and the g draft steps cost {@code c} times the batch's decodes each.
     */
    private double price() {
        if (speculation == null || !speculative.hasDecodes()) {
            return cost.iterationTime(batch);
        }
        double verify = cost.iterationTime(speculative.verify());
        double draft = cost.iterationTime(speculative.decodes());
        return verify + speculation.draftLength() * speculation.draftCost() * draft;
    }

    /** Tokens a decode of job {@code j} makes: 1, or 1 + accepted drafts, never past the job's end. */
    private int decodeTokens(int j) {
        if (speculation == null) {
            return 1;
        }
        int accepted = 0;
        while (accepted < speculation.draftLength() && draws.nextDouble() < speculation.acceptance()) {
            accepted++;
        }
        return Math.min(1 + accepted, state.outputTokens(j) - state.tokensDone(j));
    }

    /** The batching engine's clock must stay where times are exact; the reader bounds only serial runs. */
    private Step checked(Step step) {
        if (!TimeGrid.inRange(step.end())) {
            throw new InputException(trace.name(), 0, null, "the run reaches " + step.end() + " "
                    + trace.timeUnit().symbol() + ", past the 2^31 = " + (long) TimeGrid.MAX_TIME + " "
                    + trace.timeUnit().symbol() + " that times are simulated exactly (a coarser timeUnit, or fewer or "
                    + "shorter jobs, fit)");
        }
        return step;
    }

    @Override
    public void execute(Step step, Pacer pacer) throws InterruptedException {
        if (solo != null) {
            executeSolo(step, pacer);
            return;
        }
        pacer.beforeIteration();
        if (events) {
            sink.accept(new BatchStarted(step.start(), step.end(), batch.jobs(), batch.tokenCounts(), batch.kinds(),
                    batch.levels(), state.used(), options.kvBlocks()));
        }
        pacer.awaitTime(step.end());
    }

    /**
     * A batch-size-1 step: paces each iteration and, when asked for, emits its start and its token, with the
     * iteration boundaries of {@link Iterations} (the job's own prefill and decode times).
     */
    private void executeSolo(Step step, Pacer pacer) throws InterruptedException {
        int job = batch.job(0);
        int level = batch.level(0);
        int done = state.tokensDone(job);
        int count = step.iterations();
        double start = step.start();
        if (!iterations && !pacer.stepsIterations()) {
            pacer.awaitTime(step.end());
            return;
        }
        double prefill = trace.prefillTime(job);
        double decode = trace.decodeTime(job);
        double end = Iterations.boundary(start, prefill, decode, done, 0);
        for (int k = 1; k <= count; k++) {
            pacer.beforeIteration();
            double begin = end;
            end = Iterations.boundary(start, prefill, decode, done, k);
            if (iterationStarts) {
                sink.accept(new IterationStarted(begin, job, done + k, level, end - begin));
            }
            pacer.awaitTime(end);
            if (iterations) {
                sink.token(end, job, done + k, level);
            }
        }
    }

    @Override
    public void complete(Step step) {
        if (solo != null) {
            completeSolo(step);
            return;
        }
        if (step.iterations() > 1) {
            completeRepeats(step);
            return;
        }
        double elapsed = TimeGrid.add(step.end(), -step.start());
        now = step.end();
        boolean holds = policy.holdsFinishedMembers();
        for (int i = 0; i < batch.items(); i++) {
            if (batch.kind(i) == Batch.PADDING) {
                continue;
            }
            int j = batch.job(i);
            int before = state.tokensDone(j);
            int c = batch.decode(i) ? decodeTokens(j) : batch.tokens(i);
            if (state.book(j, c, batch.decode(i))) {
                int k = state.tokensDone(j);
                if (before == 0) {
                    firstToken[j] = now;
                    notStarted--;
                } else {
                    gaps.add(gapSince(lastToken[j]));
                }
                for (int extra = before + 2; extra <= k; extra++) {
                    gaps.add(0);
                }
                lastToken[j] = now;
                if (iterations) {
                    for (int token = before + 1; token <= k; token++) {
                        sink.token(now, j, token, batch.level(i));
                    }
                }
                if (!holds && state.madeAllTokens(j)) {
                    finishJob(j);
                }
            }
        }
        completeCohort(step, 1);
        policy.iterationDone(batch, elapsed, now, observer);
        for (int j : policy.finishedByPolicy()) {
            finishJob(j);
        }
    }

    private double gapTo = Double.NaN;
    private double gapFrom = Double.NaN;
    private double gap = Double.NaN;

    /** {@code TimeGrid.add(now, -last)}: a member's gap since its last token. */
    private double gapSince(double last) {
        return gap(now, last);
    }

    /**
     * {@code TimeGrid.add(to, -from)}, remembered for the last pair: most members of an iteration made their
     * last token in the same iteration, so they share the gap.
     */
    private double gap(double to, double from) {
        if (to != gapTo || from != gapFrom || Double.isNaN(gap)) {
            gapTo = to;
            gapFrom = from;
            gap = TimeGrid.add(to, -from);
        }
        return gap;
    }

    /** Books a batch-size-1 step: the job's prefill if it began with it, then its decodes. */
    private void completeSolo(Step step) {
        int j = batch.job(0);
        int k = step.iterations();
        now = step.end();
        if (batch.kind(0) == Batch.CHUNK) {
            state.book(j, batch.tokens(0), false);
            firstToken[j] = step.firstEnd();
            notStarted--;
            k--;
        }
        if (k > 0) {
            state.bookDecodes(j, k);
        }
        if (state.madeAllTokens(j)) {
            finishJob(j);
        }
        policy.iterationDone(batch, TimeGrid.add(step.end(), -step.start()), now, observer);
    }

    /** Books a run of identical decode iterations: every member made one token per iteration. */
    private void completeRepeats(Step step) {
        now = step.end();
        int k = step.iterations();
        boolean holds = policy.holdsFinishedMembers();
        for (int i = 0; i < batch.items(); i++) {
            if (batch.kind(i) != Batch.DECODE) {
                continue;
            }
            int j = batch.job(i);
            gaps.add(gap(step.firstEnd(), lastToken[j]));
            state.bookDecodes(j, k);
            lastToken[j] = now;
            if (!holds && state.madeAllTokens(j)) {
                finishJob(j);
            }
        }
        completeCohort(step, k);
        policy.iterationDone(batch, TimeGrid.add(step.end(), -step.start()), now, observer);
        for (int j : policy.finishedByPolicy()) {
            finishJob(j);
        }
    }

    /**
     * Books {@code k} iterations of the decode cohort: each member made one token per iteration. A member
     * that was in the cohort's previous iteration made its last token at this step's start, so the first
     * iteration's gap is the same for all of them; members that joined with this batch have theirs counted one
     * by one. Members that made their final token finish.
     */
    private void completeCohort(Step step, int k) {
        int members = batch.cohort();
        if (members == 0) {
            return;
        }
        int joined = state.cohortJoined();
        for (int i = 0; i < joined; i++) {
            gaps.add(gap(step.firstEnd(), lastToken[state.cohortJoined(i)]));
        }
        gaps.add(gap(step.firstEnd(), step.start()), members - joined);
        state.cohortAdvance(k);
        while (state.cohortHasFinisher()) {
            int j = state.cohortFinisher();
            lastToken[j] = now;
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

    /**
     * The setup of a batch-size-1 run: batches of one job priced by its own times, the whole prompt in one
     * iteration, nothing dropped or capped, and memory unlimited and not tracked (reserved up front, of an
     * unlimited capacity, so no block is ever counted).
     */
    static BatchSetup solo(SchedulingPolicy policy, TimedTrace trace) {
        return new BatchSetup(new SoloBatching(policy), new BatchOptions(1, Integer.MAX_VALUE, BatchingMode.CHUNKED,
                BatchOptions.DEFAULT_BLOCK_SIZE, -1, Preemption.RESERVE, -1, -1, -1, Double.POSITIVE_INFINITY),
                new PerJobCost(trace.timeUnit().symbol()));
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
        if (solo != null) {
            return soloResult();
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
            JobResult r = jobResult(j);
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
        double busy = busyGrid / TimeGrid.STEPS_PER_UNIT;
        ServingStats stats = new ServingStats(preemptions, droppedJobs, truncated.clone(), queueing,
                Distribution.of(ttft, served1), Distribution.of(tpot, tpotCount), Distribution.of(delay, served1),
                Distribution.of(pre, served1), gaps.distribution(), iterationCount,
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
        if (speculation != null) {
            params.put("draftLength", speculation.draftLength());
            params.put("acceptance", speculation.acceptance());
            params.put("draftCost", speculation.draftCost());
        }
        return new RunResult(trace.name(), trace.timeUnit().symbol(), policy.name(), policy.describe(), params, all,
                Summary.of(served, trace.timeUnit().seconds()), iterationCount, stats);
    }



    /** A batch-size-1 run's results: each job's times, and the number of steps (dispatches) it took. */
    private RunResult soloResult() {
        List<JobResult> jobs = new ArrayList<>(trace.size());
        for (int j = 0; j < trace.size(); j++) {
            jobs.add(jobResult(j));
        }
        return new RunResult(trace.name(), trace.timeUnit().symbol(), policy.name(), policy.describe(),
                policy.parameters(), jobs, Summary.of(jobs, trace.timeUnit().seconds()), steps);
    }

    private JobResult jobResult(int j) {
        return new JobResult(trace.id(j), trace.arrival(j), firstToken[j], finish[j],
                state.isDropped(j) ? 0 : state.outputTokens(j), service[j]);
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
