package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import org.servelab.cost.AffineCost;
import org.servelab.cost.BatchCostModel;
import org.servelab.cost.PerJobCost;
import org.servelab.engine.event.BatchStarted;
import org.servelab.engine.event.EventLog;
import org.servelab.engine.event.JobFinished;
import org.servelab.engine.event.SimEvent;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.metrics.RunResult;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** Properties of the batching engine over random traces, policies, modes, limits and KV capacities. */
class BatchEnginePropertiesTest {

    /** A trace and a batching configuration that can run it. */
    /**
     * A trace and a batching configuration that can run it. {@code affine}: 0 per-job pricing, 1 affine with a
     * per-context term, 2 affine without one (decode batches then cost the same at every iteration), 3 the
     * roofline of OPT-1.3B on an A100.
     * {@code mlfq}: bit 0 a starvation limit, bit 1 a quantum rate off the time grid, bit 2 five queues.
     */
    record Case(TimedTrace trace, String policy, BatchOptions options, int affine, boolean speculative, int mlfq) {
        BatchSetup setup() {
            MlfqParameters params = new MlfqParameters((mlfq & 4) != 0 ? 5 : 3, Double.NaN, (mlfq & 2) != 0 ? 1.7 : 2,
                    Accounting.TIME, (mlfq & 1) != 0 ? 6.5 : Double.POSITIVE_INFINITY);
            BatchCostModel cost = affine == 0 ? new PerJobCost("ms")
                    : affine == 3 ? org.servelab.cost.RooflineCost.of("roofline:opt-1.3b@a100-40gb",
                            org.servelab.cost.ModelSpec.OPT_1_3B, org.servelab.cost.GpuSpec.A100_40GB)
                    : new AffineCost("affine", 2, 0.5, 0.25, affine == 1 ? 0.01 : 0, 0.5);
            return new BatchSetup(BatchPolicies.create(policy, params, options.mode()), options, cost,
                    speculative ? new org.servelab.policy.batch.Speculation(3, 0.7, 0.1, 5) : null);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(policy + " " + options + (affine == 0 ? " per-job" : affine == 1 ? " affine" : affine == 3 ? " roofline" : " affine, no context term") + " mlfq " + mlfq
                    + (speculative ? " speculative" : "") + "\n");
            for (int j = 0; j < trace.size(); j++) {
                sb.append(String.format("  %s a=%s P=%d n=%d p=%s d=%s%n", trace.id(j), trace.arrival(j),
                        trace.promptTokens(j), trace.outputTokens(j), trace.prefillTime(j), trace.decodeTime(j)));
            }
            return sb.toString();
        }
    }

    static Arbitrary<Job> job() {
        Arbitrary<Double> arrival = Arbitraries.integers().between(0, 40).map(i -> i / 2.0);
        Arbitrary<Integer> prompt = Arbitraries.integers().between(0, 40);
        Arbitrary<Double> prefill = Arbitraries.integers().between(1, 12).map(i -> i / 2.0);
        Arbitrary<Double> decode = Arbitraries.integers().between(1, 4).map(i -> i / 2.0);
        Arbitrary<Integer> tokens = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1, 12)),
                Tuple.of(1, Arbitraries.integers().between(13, 60)));
        return Combinators.combine(arrival, prompt, tokens, prefill, decode)
                .as((a, p, n, pf, d) -> new Job("x", a, p, n, pf, d));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Job>> jobs = job().list().ofMinSize(1).ofMaxSize(14);
        Arbitrary<String> policy = Arbitraries.of(BatchPolicies.NAMES);
        Arbitrary<BatchingMode> mode = Arbitraries.of(BatchingMode.class);
        Arbitrary<Integer> maxBatch = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> budget = Arbitraries.of(3, 8, 24, 2048);
        Arbitrary<Integer> block = Arbitraries.of(1, 4, 16);
        Arbitrary<Integer> extra = Arbitraries.of(-1, 0, 1, 3, 8);
        Arbitrary<Preemption> preemption = Arbitraries.of(Preemption.class);
        Arbitrary<Integer> limits = Arbitraries.integers().between(0, 7);
        return Combinators.combine(jobs, policy, mode, maxBatch, budget, block, extra, preemption)
                .as((js, p, m, b, t, bs, x, pre) -> new Object[] {js, p, m, b, t, bs, x, pre})
                .flatMap(o -> Combinators.combine(limits, Arbitraries.of(0, 1, 2, 3), Arbitraries.of(false, false, true),
                                Arbitraries.integers().between(0, 7))
                        .as((l, affine, speculative, mlfq) -> {
                    @SuppressWarnings("unchecked")
                    TimedTrace trace = RandomTraces.named((List<Job>) o[0]);
                    int maxOutput = (l & 1) != 0 ? 3 : -1;
                    int maxWaiting = (l & 2) != 0 ? 2 : -1;
                    double timeout = (l & 4) != 0 ? 9.5 : Double.POSITIVE_INFINITY;
                    int bs = (Integer) o[5];
                    Preemption pre = (Preemption) o[7];
                    int extraBlocks = (Integer) o[6];
                    long kv = extraBlocks < 0 ? -1 : maxNeed(trace, bs, pre, maxOutput) + extraBlocks;
                    BatchOptions opts = new BatchOptions((Integer) o[3], (Integer) o[4], (BatchingMode) o[2], bs, kv,
                            pre, pre == Preemption.SWAP && extraBlocks == 1 ? 2 : -1, maxOutput, maxWaiting, timeout);
                    return new Case(trace, (String) o[1], opts, affine, speculative, mlfq);
                }));
    }

    static long maxNeed(TimedTrace t, int bs, Preemption p, int cap) {
        long max = 0;
        for (int j = 0; j < t.size(); j++) {
            int prompt = Math.max(1, t.promptTokens(j));
            int n = cap > 0 ? Math.min(cap, t.outputTokens(j)) : t.outputTokens(j);
            long held = p == Preemption.RESERVE ? prompt + (cap > 0 ? cap : n) : prompt + n - 1;
            max = Math.max(max, (held + bs - 1) / bs);
        }
        return max;
    }

    @Property(tries = 600)
    void threadsEqualDiscreteEvents(@ForAll("cases") Case c) throws InterruptedException {
        EventLog des = new EventLog();
        RunResult a = new DiscreteEventEngine().run(c.trace(), c.setup(), des);
        EventLog threads = new EventLog();
        RunResult b = ThreadedEngine.virtual().run(c.trace(), c.setup(), threads);
        assertThat(threads.events()).isEqualTo(des.events());
        assertThat(b).isEqualTo(a);
    }

    @Property(tries = 1500)
    void everyJobEndsOnceMakesEachTokenOnceAndMemoryStaysWithinCapacity(@ForAll("cases") Case c) {
        EventLog log = new EventLog();
        RunResult r = new DiscreteEventEngine().run(c.trace(), c.setup(), log);
        BatchOptions o = c.options();
        Map<Integer, Integer> lastToken = new HashMap<>();
        List<Integer> finished = new ArrayList<>();
        double clock = 0;
        for (SimEvent e : log.events()) {
            if (e instanceof TokenGenerated) {
                TokenGenerated t = (TokenGenerated) e;
                assertThat(t.token()).as("token order of job %d", t.job()).isEqualTo(lastToken.getOrDefault(t.job(), 0) + 1);
                lastToken.put(t.job(), t.token());
            } else if (e instanceof JobFinished) {
                finished.add(e.job());
            } else if (e instanceof BatchStarted) {
                BatchStarted b = (BatchStarted) e;
                assertThat(b.time()).as("iterations never overlap").isGreaterThanOrEqualTo(clock);
                clock = b.end();
                assertThat(b.size()).as("batch size").isBetween(1, o.maxBatch());
                if (o.kvBlocks() > 0) {
                    assertThat(b.kvUsed()).as("KV blocks in use").isLessThanOrEqualTo(o.kvBlocks());
                }
                int total = 0;
                for (int k : b.tokens()) {
                    total += k;
                }
                if (!c.policy().equals("static")) {
                    assertThat(total).as("tokens in the batch").isLessThanOrEqualTo(Math.max(o.maxBatchTokens(), b.tokens()[0]));
                }
                assertThat(java.util.Arrays.stream(b.jobs()).distinct().count()).as("a job once per batch").isEqualTo(b.size());
            }
        }
        for (int k = 0; k < c.trace().size(); k++) {
            final int j = k;
            boolean dropped = r.serving().dropped()[j];
            int want = o.maxOutput() > 0 ? Math.min(o.maxOutput(), c.trace().outputTokens(j)) : c.trace().outputTokens(j);
            if (dropped) {
                assertThat(finished).as("a dropped job never finishes").doesNotContain(j);
            } else {
                assertThat(finished.stream().filter(f -> f == j).count()).as("job %d finishes once", j).isEqualTo(1);
                assertThat(lastToken.get(j)).as("tokens of job %d", j).isEqualTo(want);
                assertThat(r.jobs().get(j).finish()).isGreaterThanOrEqualTo(r.jobs().get(j).firstToken());
            }
        }
        if (o.preemption() == Preemption.RESERVE || c.policy().equals("static") || o.kvBlocks() < 0) {
            assertThat(r.serving().preemptionsTotal()).as("preemptions").isZero();
        }
    }

    /**
     * Without events the engine runs steady decode batches in closed form; with events it runs them one
     * iteration at a time. Both must give the same results to the bit.
     */
    @Property(tries = 2000)
    void closedFormRepeatsGiveTheSameResultsAsIterationByIteration(@ForAll("cases") Case c) {
        RunResult stepped = new DiscreteEventEngine().run(c.trace(), c.setup(), new EventLog(false));
        RunResult fast = new DiscreteEventEngine().run(c.trace(), c.setup());
        assertThat(fast.jobs()).isEqualTo(stepped.jobs());
        assertThat(fast.serving()).isEqualTo(stepped.serving());
        assertThat(fast.summary()).isEqualTo(stepped.summary());
        assertThat(fast.decisions()).isEqualTo(stepped.decisions());
    }

    /**
     * Continuous batches of up to 64 jobs priced by totals (affine with and without a context term, roofline),
     * with unlimited, tight or roomy memory: there the engine books the decodes that lead every iteration as
     * one cohort (members visited when they join and when they leave), which ends when memory runs short.
     */
    @Provide
    Arbitrary<Case> wideCases() {
        Arbitrary<List<Job>> jobs = job().list().ofMinSize(20).ofMaxSize(90);
        return Combinators.combine(jobs, Arbitraries.of("fcfs", "sjf"),
                        Arbitraries.of(BatchingMode.CHUNKED, BatchingMode.MIXED, BatchingMode.PREFILL_FIRST),
                        Arbitraries.integers().between(2, 64), Arbitraries.of(6, 24, 80, 2048),
                        Arbitraries.of(1, 4, 16), Arbitraries.of(Preemption.class), Arbitraries.integers().between(0, 239))
                .as((js, p, m, b, t, bs, pre, l) -> {
                    int maxOutput = (l & 1) != 0 ? 9 : -1;
                    int maxWaiting = (l & 2) != 0 ? 6 : -1;
                    double timeout = (l & 4) != 0 ? 30.5 : Double.POSITIVE_INFINITY;
                    TimedTrace trace = RandomTraces.named(js);
                    // unlimited, tight (preempting often, the cohort ending and forming again), or roomy memory
                    int extra = new int[] {-1, 0, 3, 30, 300}[(l >> 4) % 5];
                    int cost = 1 + (l >> 4) / 5 % 3;
                    long kv = extra < 0 ? -1 : maxNeed(trace, bs, pre, maxOutput) + extra;
                    BatchOptions opts = new BatchOptions(b, t, m, bs, kv, pre, pre == Preemption.SWAP && extra == 3 ? 4 : -1,
                            maxOutput, maxWaiting, timeout);
                    return new Case(trace, p, opts, cost, false, 0);
                });
    }

    @Property(tries = 800)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void decodeCohortBooksWhatIterationByIterationBooks(@ForAll("wideCases") Case c) {
        RunResult stepped = new DiscreteEventEngine().run(c.trace(), c.setup(), new EventLog(false));
        BatchSetup setup = c.setup();
        CohortWatch watch = new CohortWatch(setup.cost());
        RunResult fast = new DiscreteEventEngine().run(c.trace(),
                new BatchSetup(setup.policy(), setup.options(), watch, setup.speculation(), setup.predicted()));
        assertThat(fast.jobs()).isEqualTo(stepped.jobs());
        assertThat(fast.serving()).isEqualTo(stepped.serving());
        assertThat(fast.summary()).isEqualTo(stepped.summary());
        assertThat(fast.decisions()).isEqualTo(stepped.decisions());
        Statistics.label("cohort").collect(watch.sawCohort());
        Statistics.label("cohort").coverage(check -> check.check(true).percentage(p -> p > 40));
    }

    /**
     * Four jobs decoding side by side under an affine price: with no event sink the engine runs their steady
     * decodes as a cohort, and with one (every member's every token is read) it never does.
     */
    @Example
    void theCohortFormsOnlyWhenNothingReadsEachMembersTokens() {
        TimedTrace trace = RandomTraces.named(List.of(new Job("x", 0.0, 8, 30, 1.0, 1.0), new Job("x", 0.0, 8, 25, 1.0, 1.0),
                new Job("x", 0.5, 8, 40, 1.0, 1.0), new Job("x", 1.0, 8, 20, 1.0, 1.0)));
        BatchOptions options = new BatchOptions(8, 2048, BatchingMode.CHUNKED, 16, -1, Preemption.RECOMPUTE, -1, -1,
                -1, Double.POSITIVE_INFINITY);
        CohortWatch fast = new CohortWatch(new AffineCost("affine", 2, 0.5, 0.25, 0.01, 0.5));
        CohortWatch stepped = new CohortWatch(new AffineCost("affine", 2, 0.5, 0.25, 0.01, 0.5));
        RunResult a = new DiscreteEventEngine().run(trace,
                new BatchSetup(BatchPolicies.create("fcfs", MlfqParameters.defaults(), options.mode()), options, fast));
        RunResult b = new DiscreteEventEngine().run(trace,
                new BatchSetup(BatchPolicies.create("fcfs", MlfqParameters.defaults(), options.mode()), options, stepped),
                new EventLog(false));
        assertThat(fast.sawCohort()).isTrue();
        assertThat(stepped.sawCohort()).isFalse();
        assertThat(a.jobs()).isEqualTo(b.jobs());
    }

    /** The inference thread runs the same core: with the cohort on (no event sink) it gives the same results. */
    @Property(tries = 150)
    void threadsBookTheDecodeCohortAsTheDiscreteEventEngineDoes(@ForAll("wideCases") Case c) throws InterruptedException {
        RunResult des = new DiscreteEventEngine().run(c.trace(), c.setup());
        RunResult threads = ThreadedEngine.virtual().run(c.trace(), c.setup());
        assertThat(threads).isEqualTo(des);
    }

    @Property(tries = 300)
    void withUnlimitedMemoryAndNoLimitsNoJobIsDroppedOrPreempted(@ForAll("cases") Case c) {
        BatchOptions o = c.options().withKv(c.options().blockSize(), -1, Preemption.RECOMPUTE, -1)
                .withLimits(-1, -1, Double.POSITIVE_INFINITY);
        RunResult r = new DiscreteEventEngine().run(c.trace(), new Case(c.trace(), c.policy(), o, c.affine(), c.speculative(), c.mlfq()).setup());
        assertThat(r.serving().droppedJobs()).isZero();
        assertThat(r.serving().preemptionsTotal()).isZero();
        assertThat(r.summary().jobs()).isEqualTo(c.trace().size());
    }
}
