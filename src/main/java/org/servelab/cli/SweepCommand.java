package org.servelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.servelab.experiment.CancelSignal;
import org.servelab.experiment.NumberText;
import org.servelab.experiment.Shard;
import org.servelab.experiment.SweepCsv;
import org.servelab.experiment.SweepGrid;
import org.servelab.experiment.SweepListener;
import org.servelab.experiment.SweepOptions;
import org.servelab.experiment.SweepPoint;
import org.servelab.experiment.SweepResult;
import org.servelab.experiment.SweepRow;
import org.servelab.experiment.SweepRunner;
import org.servelab.experiment.SweepSpec;
import org.servelab.experiment.SweepSpecJson;
import org.servelab.workload.InputException;
import org.servelab.workload.generate.Target;
import org.servelab.workload.generate.LengthSpecs;
import org.servelab.workload.io.AtomicFiles;
import org.servelab.workload.io.CostModels;
import org.servelab.workload.io.OutputGuard;

/**
 * {@code servelab sweep}: runs a grid of policies, MLFQ knobs and workloads in parallel and writes a tidy
 * CSV, the spec, and plots. {@code --shard i/n} runs one slice; {@code merge} joins the slices.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run every combination of policy x Queue_num x Quantum_rate x Quantum x load (or rate) x CV x seed "
                + "(x cost model x order, and with batches x every batching option) on generated workloads, in "
                + "parallel, and write DIR/results.csv, DIR/spec.json and PNG plots.",
            "Lists: 1,2,4 or START:END:STEP (0.5:0.95:0.05). Flags override a --spec file."})
public final class SweepCommand implements Callable<Integer> {

    static final String RESULTS = "results.csv";
    static final String SPEC = "spec.json";

    @Spec
    CommandSpec spec;

    @Option(names = "--spec", paramLabel = "FILE", description = "A JSON sweep spec (keys: the flags without dashes).")
    Path specFile;

    @Option(names = "--policy", paramLabel = "LIST", description = "Policies (default: fcfs,skip-join-mlfq).")
    String policy;

    @Option(names = "--queues", paramLabel = "LIST", description = "Queue_num values (default: 4).")
    String queues;

    @Option(names = "--quantum-rate", paramLabel = "LIST", description = "Quantum_rate values (default: 2).")
    String quantumRate;

    @Option(names = "--quantum", paramLabel = "LIST",
            description = "Quantum values in the trace's unit, or auto = the smallest iteration time (default: auto).")
    String quantum;

    @Option(names = "--load", paramLabel = "LIST", description = "Target loads (default: 0.5:0.9:0.1).")
    String load;

    @Option(names = "--rate", paramLabel = "LIST", description = "Arrival rates in jobs/s, instead of loads.")
    String rate;

    @Option(names = "--cv", paramLabel = "LIST", description = "Coefficients of variation of the gamma arrival gaps (default: 1).")
    String cv;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per point (default: 3).")
    Integer seeds;

    @Option(names = "--seed", paramLabel = "S", description = "First seed (default: 1).")
    Long seed;

    @Option(names = "--jobs", paramLabel = "N", description = "Jobs per run (default: 2000).")
    Integer jobs;

    @Option(names = "--lengths", paramLabel = "SPEC",
            description = "Length model, as for 'gen' (default: paper-zipf).")
    String lengths;

    @Option(names = "--arrivals", paramLabel = "KIND", description = "gamma, poisson, fixed or uniform (default: gamma).")
    String arrivals;

    @Option(names = "--cost-model", paramLabel = "LIST",
            description = "Cost models (default: opt-1.3b); step-10ms, affine:..., roofline:MODEL@GPU price whole batches "
                    + "and turn batching on; a key=value item belongs to the model before it.")
    String costModel;

    @Option(names = "--accounting", paramLabel = "time|tokens", description = "MLFQ accounting (default: time).")
    String accounting;

    @Option(names = "--overload-jobs", paramLabel = "N",
            description = "Runs at load >= 1 use at most N jobs, so that they finish (default: 2000).")
    Integer overloadJobs;

    @Option(names = "--order", paramLabel = "LIST",
            description = "Send requests as-is, or sorted by prompt + output length (asc, desc) (default: as-is).")
    String order;

    @Option(names = "--max-batch", paramLabel = "LIST",
            description = "Batching: sequences per iteration (any batching option runs the batching engine; default 256).")
    String maxBatch;

    @Option(names = "--max-batch-tokens", paramLabel = "LIST", description = "Batching: tokens per iteration (default 2048).")
    String maxBatchTokens;

    @Option(names = "--batching", paramLabel = "LIST",
            description = "Batching: chunked, mixed, prefill-first (fcfs only; default chunked).")
    String batching;

    @Option(names = "--preemption", paramLabel = "LIST", description = "Batching: recompute, swap, reserve (default recompute).")
    String preemption;

    @Option(names = "--kv-blocks", paramLabel = "LIST",
            description = "Batching: KV capacity in blocks, or auto = what the GPU preset leaves, else unlimited (default auto).")
    String kvBlocks;

    @Option(names = "--block-size", paramLabel = "N", description = "Batching: tokens per KV block (default 16).")
    String blockSize;

    @Option(names = "--max-output", paramLabel = "LIST", description = "Batching: output cap in tokens, or none (default none).")
    String maxOutput;

    @Option(names = "--max-waiting", paramLabel = "LIST",
            description = "Batching: drop an arrival that finds N jobs waiting, or none (default none).")
    String maxWaiting;

    @Option(names = "--timeout", paramLabel = "LIST",
            description = "Batching: drop a job with no token after T (trace unit), or none (default none).")
    String timeout;

    @Option(names = "--draft-length", paramLabel = "LIST",
            description = "Speculative decoding: draft lengths G >= 1, or none (default none).")
    String draftLength;

    @Option(names = "--acceptance", paramLabel = "LIST", description = "Speculative decoding: acceptance rates in [0, 1] (default 0.8).")
    String acceptance;

    @Option(names = "--draft-cost", paramLabel = "LIST", description = "Speculative decoding: draft cost ratios (default 0.05).")
    String draftCost;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only slice i of n (1 <= i <= n); join the slices with 'merge'.")
    String shard;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for results.csv, spec.json and plots.")
    Path out;

    @Option(names = "--no-plots", description = "Write no PNG plots.")
    boolean noPlots;

    @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal.")
    boolean progress;

    @Option(names = "--yes", description = "Run a sweep that would take more than an hour or "
            + LARGE_SWEEP + " runs without asking.")
    boolean yes;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    /** Above this many runs (or an hour by the estimate) a sweep needs --yes. */
    static final long LARGE_SWEEP = 100_000;

    /** Rough cost of simulating one job, in microseconds, for the estimate printed before a sweep. */
    static final double MICROS_PER_JOB = 3;
    static final double MICROS_PER_JOB_BATCHING = 15;

    static SweepSpec defaults() {
        return SweepOptions.defaults();
    }

    /**
     * Says how many runs the sweep (or this shard) makes and roughly how long they take, before any is
     * made; a sweep above {@link #LARGE_SWEEP} runs or an hour stops unless {@code --yes} is given.
     */
    private void confirmSize(SweepSpec s, Shard slice, int nThreads, PrintWriter err) {
        long runs = s.runs();
        long mine = slice.count() > 1 ? (runs + slice.count() - 1) / slice.count() : runs;
        double perJob = s.batching() ? MICROS_PER_JOB_BATCHING : MICROS_PER_JOB;
        double seconds = mine * (double) s.jobs() * perJob / 1e6 / nThreads;
        String estimate = seconds < 120 ? String.format(Locale.ROOT, "%.0f s", Math.max(1, seconds))
                : seconds < 7200 ? String.format(Locale.ROOT, "%.0f min", seconds / 60)
                : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        String size = String.format(Locale.ROOT, "%,d runs of %,d jobs%s; roughly %s on %d threads", mine, s.jobs(),
                slice.count() > 1 ? " in this shard (" + String.format(Locale.ROOT, "%,d", runs) + " in all)" : "",
                estimate, nThreads);
        if (!yes && (mine > LARGE_SWEEP || seconds > 3600)) {
            throw InputException.parameter("--yes", size + ": add --yes to run them here, or split them over "
                    + "machines with --shard i/n and merge (experiments/slurm/ submits the shards as a Slurm array job)");
        }
        err.println("sweep: " + size);
        err.flush();
    }

    @Override
    public Integer call() throws Exception {
        SweepSpec s = spec().validate();
        Shard slice = shard == null ? Shard.ALL : Shard.parse(shard);
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw InputException.parameter("--threads", "must be at least 1, got " + nThreads);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SweepRunner runner = new SweepRunner(s, Path.of(""));
        ResultsDir.check(out, new OutputGuard().input("--spec", "sweep spec", specFile)
                .input("--cost-model", "cost profile", CostModels.profileFile(s.costModel()))
                .input("--lengths", "trace of --lengths", LengthSpecs.sourceFile(s.lengths())));
        confirmSize(s, slice, nThreads, err);
        ResultsDir.create(out);
        List<SweepPoint> points = slice.select(SweepGrid.points(s));
        SweepListener listener = progress || System.console() != null ? new ProgressBar(err) : SweepListener.NONE;
        long t0 = System.nanoTime();
        SweepResult result = runner.run(points, nThreads, listener, new CancelSignal());
        double seconds = (System.nanoTime() - t0) / 1e9;
        SweepCsv.write(result.rows(), out.resolve(RESULTS));
        AtomicFiles.write(out.resolve(SPEC), SweepSpecJson.text(s));
        stdout.printf(Locale.ROOT, "sweep: %d runs (%d %s x %d workload points%s) on %d threads in %.1f s%n",
                points.size(), s.runsPerWorkload(), s.batching() ? "policy and batching configurations"
                        : "policy configurations", s.workloads(),
                slice.count() > 1 ? ", shard " + slice + " of " + s.runs() + " runs" : "", nThreads, seconds);
        stdout.println("  wrote " + out.resolve(RESULTS) + ", " + out.resolve(SPEC));
        Overloads.warn(result.rows(), s, err);
        Set<String> plots = Set.of();
        if (!noPlots && slice.count() == 1) {
            plots = Plots.write(result.rows(), out, stdout);
        } else if (slice.count() > 1) {
            stdout.println("  no plots for a shard: 'servelab merge' draws them from all the shards");
        }
        Plots.removeStale(out, plots, stdout);
        stdout.flush();
        return 0;
    }

    /** The spec: defaults, then the --spec file, then the flags given. */
    SweepSpec spec() {
        SweepSpec d = specFile == null ? defaults() : SweepSpecJson.read(specFile, defaults());
        return new SweepOptions().policy(policy).queues(queues).quantumRate(quantumRate).quantum(quantum)
                .load(load).rate(rate).cv(cv).seeds(text(seeds)).seed(text(seed)).jobs(text(jobs))
                .lengths(lengths).arrivals(arrivals).costModel(costModel).accounting(accounting)
                .overloadJobs(text(overloadJobs)).serving("order", order).serving("max-batch", maxBatch)
                .serving("max-batch-tokens", maxBatchTokens).serving("batching", batching)
                .serving("preemption", preemption).serving("kv-blocks", kvBlocks).serving("block-size", blockSize)
                .serving("max-output", maxOutput).serving("max-waiting", maxWaiting).serving("timeout", timeout)
                .serving("draft-length", draftLength).serving("acceptance", acceptance).serving("draft-cost", draftCost)
                .over(d);
    }

    private static String text(Number n) {
        return n == null ? null : n.toString();
    }

    static String describe(SweepRow r) {
        return r.target() == Target.Kind.RATE ? NumberText.of(r.rate()) + " jobs/s" : "load " + NumberText.of(r.load());
    }
}
