package org.servelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.servelab.cost.CostModel;
import org.servelab.workload.io.CostModels;
import org.servelab.engine.DiscreteEventEngine;
import org.servelab.metrics.RunResult;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.InputException;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.generate.Target;
import org.servelab.workload.generate.TraceLengths;
import org.servelab.workload.generate.WorkloadGenerator;
import org.servelab.workload.generate.WorkloadSpec;
import org.servelab.workload.io.TraceReader;

/**
 * {@code servelab bench}: how fast the discrete-event engine runs a large synthetic trace. Lengths are
 * resampled from a source trace, arrivals are Poisson at a target load (rate = load / mean service time).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time the discrete-event engine on a large synthetic trace (no per-token events).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", defaultValue = "1000000", description = "Number of jobs (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--load", defaultValue = "0.9", description = "Offered load, arrival rate x mean service time (default: ${DEFAULT-VALUE}).")
    double load;

    @Option(names = "--source", defaultValue = "sample-traces/orca-appendix-b.csv",
            description = "Trace whose (input, output) lengths are resampled (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--cost-model", defaultValue = "opt-1.3b", description = "Cost model (default: ${DEFAULT-VALUE}).")
    String costModel;

    @Option(names = "--policy", defaultValue = "skip-join-mlfq", description = "Policy (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--queues", defaultValue = "4", description = "Queue_num (default: ${DEFAULT-VALUE}).")
    int queues;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() {
        if (jobs < 1) {
            throw InputException.parameter("--jobs", "must be at least 1, got " + jobs);
        }
        if (!(load > 0) || Double.isInfinite(load)) {
            throw InputException.parameter("--load", "must be a positive number, got " + load);
        }
        if (repeat < 1) {
            throw InputException.parameter("--repeat", "must be at least 1, got " + repeat);
        }
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Trace src = TraceReader.read(source);
        CostModel model = CostModels.resolve(costModel);
        TimedTrace trace = synthesize(src, model);
        long t1 = System.nanoTime();
        out.printf("bench: %,d jobs resampled from %s, Poisson arrivals at load %.2f, %s, heap max %d MiB%n", jobs,
                source, load, model.name(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf("  trace generated in %.2f s%n", (t1 - t0) / 1e9);
        SchedulingPolicy p = Policies.create(policy, MlfqParameters.defaults().withQueues(queues));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        for (int r = 0; r <= repeat; r++) {
            long s = System.nanoTime();
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            RunResult result = new DiscreteEventEngine().run(trace, p);
            double sec = (System.nanoTime() - s) / 1e9;
            // the thread's own CPU time: what the run cost, less the waits for a core on a busy machine
            String cpuTime = cpu ? String.format(" (%.2f s CPU)", (threads.getCurrentThreadCpuTime() - c) / 1e9) : "";
            out.printf("  %s %s: %.2f s%s, %,d decisions (%.1f M/s), average JCT %.1f %s%n",
                    r == 0 ? "warm-up" : "run " + r, p.name(), sec, cpuTime, result.decisions(),
                    result.decisions() / sec / 1e6, result.summary().averageJct(), trace.timeUnit().symbol());
            out.flush();
        }
        return 0;
    }

    private TimedTrace synthesize(Trace src, CostModel model) {
        WorkloadSpec ws = new WorkloadSpec(TraceLengths.resampled(src, "resample:" + source), "poisson",
                Target.load(load), 1, jobs, seed);
        return WorkloadGenerator.generate(ws, model).trace();
    }
}
