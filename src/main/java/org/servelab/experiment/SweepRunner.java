package org.servelab.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.servelab.cost.BatchCostModel;
import org.servelab.cost.CostModel;
import org.servelab.cost.PerJobCost;
import org.servelab.cost.SoloCost;
import org.servelab.engine.BatchSetup;
import org.servelab.engine.DiscreteEventEngine;
import org.servelab.metrics.RunResult;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.BatchPolicy;
import org.servelab.workload.Job;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.arrival.ArrivalProcesses;
import org.servelab.workload.generate.JobLengths;
import org.servelab.workload.generate.LengthSpecs;
import org.servelab.workload.generate.RequestOrder;
import org.servelab.workload.generate.Target;
import org.servelab.workload.generate.Workload;
import org.servelab.workload.generate.WorkloadGenerator;
import org.servelab.workload.generate.WorkloadSpec;
import org.servelab.workload.io.BatchCostModels;
import org.servelab.workload.io.CostModels;

/**
 * Runs a sweep's points on a fixed pool of threads with the discrete-event engine. Runs are independent:
 * each builds its own policy, and its trace comes from its point's seed alone, so results do not depend on
 * which thread ran what, nor in which order. Each thread is a daemon, so a stuck caller never keeps the
 * JVM alive.
 */
public final class SweepRunner {

    private final SweepSpec spec;
    private final JobLengths lengths;
    private final Map<String, CostModel> models = new HashMap<>();
    private final Map<String, BatchCostModel> batchModels = new HashMap<>();
    private final Accounting accounting;
    private final boolean batching;

    /**
     * Prepares the spec's length model (reading its trace file, if any) and cost model.
     *
     * @param base the directory a relative trace path in {@code --lengths} is resolved against
     */
    public SweepRunner(SweepSpec spec, Path base) {
        this.spec = spec.validate();
        this.lengths = LengthSpecs.parse(spec.lengths(), base);
        for (String m : spec.costModels()) {
            if (BatchCostModels.isBatchSpec(m)) {
                BatchCostModel b = BatchCostModels.parse(m, "ms");
                batchModels.put(m, b);
                models.put(m, new SoloCost(b));
            } else {
                models.put(m, CostModels.resolve(m));
            }
        }
        this.accounting = Accounting.parse(spec.accounting());
        this.batching = spec.batching();
    }

    /** Runs every point on {@code threads} threads, calling {@code listener} after each run. */
    public SweepResult run(List<SweepPoint> points, int threads, SweepListener listener, CancelSignal cancel) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        WorkloadCache cache = new WorkloadCache(points, this::prepare);
        SweepRow[] rows = new SweepRow[points.size()];
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        for (int i = 0; i < points.size(); i++) {
            int slot = i;
            SweepPoint p = points.get(i);
            pool.execute(() -> {
                if (cancel.isCancelled() || failure.get() != null) {
                    return;
                }
                try {
                    rows[slot] = run(p, cache);
                    synchronized (listener) {
                        listener.runDone(rows[slot], done.incrementAndGet(), points.size());
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e instanceof RuntimeException ? (RuntimeException) e
                            : new IllegalStateException(e.getMessage(), e));
                }
            });
        }
        pool.shutdown();
        awaitAll(pool, cancel);
        if (failure.get() != null) {
            throw failure.get();
        }
        List<SweepRow> finished = new ArrayList<>();
        for (SweepRow r : rows) {
            if (r != null) {
                finished.add(r);
            }
        }
        return new SweepResult(finished, points.size(), finished.size() < points.size());
    }

    private static void awaitAll(ExecutorService pool, CancelSignal cancel) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.DAYS)) {
                // keep waiting: runs always end
            }
        } catch (InterruptedException e) {
            cancel.cancel();
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sweep-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs one point (the sweep's unit of work), for callers that schedule runs themselves. */
    SweepRow run(SweepPoint p, WorkloadCache cache) {
        PreparedWorkload w = cache.acquire(p.workload());
        try {
            PolicyConfig c = p.config();
            WorkloadKey k = p.workload();
            RunResult result;
            double quantumUsed;
            if (p.serving() == null) {
                SchedulingPolicy policy = Policies.create(c.policy(), parameters(c));
                result = new DiscreteEventEngine().run(w.trace(), policy);
                quantumUsed = !c.isMlfq() ? Double.NaN
                        : Double.isNaN(c.quantum()) ? w.trace().smallestIterationTime() : c.quantum();
            } else {
                result = new DiscreteEventEngine().run(w.trace(), setup(c, p.serving(), k, w));
                Object q = result.parameters().get("quantum");
                quantumUsed = c.isMlfq() && q instanceof Number ? ((Number) q).doubleValue() : Double.NaN;
            }
            return new SweepRow(p.index(), c, quantumUsed, c.isMlfq() ? accounting.cliName() : "",
                    lengths.describe(), spec.arrivalsKind(), ArrivalProcesses.cvOf(spec.arrivalsKind(), k.cv()),
                    spec.target(), w.load(), w.rate(), k.seed(), w.overloaded(), w.trace().timeUnit().symbol(),
                    result.summary(), result.decisions(), modelOf(k), k.order(), p.serving(),
                    ServingMetrics.of(result));
        } finally {
            cache.release(p.workload());
        }
    }

    private BatchSetup setup(PolicyConfig c, ServingConfig s, WorkloadKey k, PreparedWorkload w) {
        BatchCostModel cost = batchModels.get(modelOf(k));
        if (cost == null) {
            cost = new PerJobCost(w.trace().timeUnit().symbol());
        }
        BatchPolicy policy = BatchPolicies.create(c.policy(), parameters(c), s.batchingMode());
        return new BatchSetup(policy, s.options(), cost, s.speculation(k.seed()));
    }

    private String modelOf(WorkloadKey k) {
        return k.costModel().isEmpty() ? spec.costModels().get(0) : k.costModel();
    }

    private MlfqParameters parameters(PolicyConfig c) {
        MlfqParameters d = MlfqParameters.defaults().withAccounting(accounting);
        if (!c.isMlfq()) {
            return d;
        }
        return new MlfqParameters(c.queues(), c.quantum(), c.quantumRate(), accounting, Double.POSITIVE_INFINITY);
    }

    /**
     * Generates a workload point's trace; caps an overloaded one at {@code overloadJobs} jobs. With batches a
     * load of 1 or more (at batch size 1) is what batching is for: those runs are neither capped nor marked.
     */
    PreparedWorkload prepare(WorkloadKey k) {
        Target target = new Target(spec.target(), k.x());
        CostModel model = models.get(modelOf(k));
        WorkloadSpec ws = new WorkloadSpec(lengths, spec.arrivalsKind(), target, k.cv(), spec.jobs(), k.seed(),
                RequestOrder.parse(k.order()));
        Workload w = WorkloadGenerator.generate(ws, model);
        double load = spec.target() == Target.Kind.LOAD ? k.x() : w.load();
        double rate = spec.target() == Target.Kind.RATE ? k.x() : w.jobsPerSecond();
        boolean overloaded = !batching && load >= 1;
        TimedTrace trace = w.trace();
        if (overloaded && trace.size() > spec.overloadJobs()) {
            Trace t = trace.trace();
            List<Job> first = t.jobs().subList(0, spec.overloadJobs());
            trace = TimedTrace.resolve(new Trace(t.name(), t.timeUnit(), first, true), null, model);
        }
        return new PreparedWorkload(trace, load, rate, overloaded);
    }

    /** The spec this runner runs. */
    public SweepSpec spec() {
        return spec;
    }
}
