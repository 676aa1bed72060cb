package org.servelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.servelab.cost.CostModel;
import org.servelab.cost.SoloCost;
import org.servelab.workload.InputException;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.generate.LengthSpecs;
import org.servelab.workload.generate.RequestOrder;
import org.servelab.workload.generate.Target;
import org.servelab.workload.generate.Workload;
import org.servelab.workload.generate.WorkloadGenerator;
import org.servelab.workload.generate.WorkloadSpec;
import org.servelab.workload.io.BatchCostModels;
import org.servelab.workload.io.CostModels;
import org.servelab.workload.io.OutputGuard;
import org.servelab.workload.io.SourceNames;
import org.servelab.workload.io.TraceWriter;

/** {@code servelab gen}: writes a synthetic trace (seeded, reproducible) from a length model and arrivals. */
@Command(name = "gen", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate a trace: lengths from a preset, a distribution or a real trace; arrivals fixed, "
                + "Poisson, Gamma (rate and CV), uniform, or a trace's own times replayed; at a rate or a target load.")
public final class GenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1000", description = "Number of jobs (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--lengths", paramLabel = "SPEC", defaultValue = "sharegpt-like",
            description = "Prompt and output lengths: sharegpt-like, alpaca-like, paper-zipf, alpaca (real Alpaca output "
                    + "lengths; alpaca:DIST sets the prompts), resample:FILE, trace:FILE, "
                    + "or PROMPT/OUTPUT with fixed:N, zipf:THETA:MAX, lognormal:MEAN:SIGMA[:MAX] (default: ${DEFAULT-VALUE}).")
    String lengths;

    @Option(names = "--arrivals", paramLabel = "KIND", defaultValue = "poisson",
            description = "fixed, poisson, gamma (with --cv), uniform, or replay (the --lengths trace's own times) "
                    + "(default: ${DEFAULT-VALUE}).")
    String arrivals;

    @Option(names = "--rate", paramLabel = "R", description = "Arrival rate in jobs per second.")
    Double rate;

    @Option(names = "--load", paramLabel = "L",
            description = "Target load instead of a rate: rate = L / mean service time (1 or more is overloaded).")
    Double load;

    @Option(names = "--time-scale", paramLabel = "F", description = "With --arrivals replay: multiply every gap by F.")
    Double timeScale;

    @Option(names = "--cv", paramLabel = "C", defaultValue = "1",
            description = "Coefficient of variation of the gaps for gamma arrivals (default: ${DEFAULT-VALUE}).")
    double cv;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--order", paramLabel = "as-is|asc|desc", defaultValue = "as-is",
            description = "Send the requests as drawn, or sorted by prompt + output length, ascending or descending "
                    + "(the sending times stay) (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--cost-model", paramLabel = "NAME|FILE", defaultValue = "opt-1.3b",
            description = "Prices the jobs to turn a load into a rate (default: ${DEFAULT-VALUE}; a batch model such as "
                    + "roofline:MODEL@GPU prices each job alone); times are not written.")
    String costModel;

    @Option(names = "--time-unit", paramLabel = "ms|s|us",
            description = "The unit of the trace's times (default: the unit of the --lengths trace, else ms). Times "
                    + "are simulated to a millionth of the unit and up to 2^31 units: a run past 2^31 ms (about 24.8 "
                    + "days, e.g. 5 million jobs at load 0.9) needs s.")
    String timeUnit;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Trace file to write: .json (ServeLab) or .csv (Orca format with arrivals), other names are "
                    + "refused; - for JSON on stdout.")
    String out;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        Target target = target();
        PrintWriter stdout = spec.commandLine().getOut();
        OutputGuard guard = new OutputGuard().input("--lengths", "trace of --lengths", LengthSpecs.sourceFile(lengths))
                .input("--cost-model", "cost profile", CostModels.profileFile(costModel));
        try (OutputFiles files = new OutputFiles(guard, stdout)) {
            OutputFiles.Output output = files.stage("--out", Path.of(out));
            boolean csv = csv(output);
            CostModel model = BatchCostModels.isBatchSpec(costModel)
                    ? new SoloCost(BatchCostModels.parse(costModel, "ms")) : CostModels.resolve(costModel);
            WorkloadSpec ws = new WorkloadSpec(LengthSpecs.parse(lengths), arrivals, target, cv, jobs, seed,
                    RequestOrder.parse(order));
            Workload w = WorkloadGenerator.generate(ws, model, unit());
            output.write(csv ? TraceWriter.toCsv(w.trace().trace()) : TraceWriter.toJson(w.trace().trace()));
            files.commit();
            describe(files.report(spec.commandLine().getErr()), w);
        }
        return 0;
    }

    /**
     * The format by the extension: .csv or .json; JSON on standard output, a FIFO or a device. Any other
     * name is refused before anything is generated, as {@code run} would refuse to read it.
     */
    private boolean csv(OutputFiles.Output output) {
        String ext = SourceNames.extension(out);
        if (ext.equals("csv") || ext.equals("json")) {
            return ext.equals("csv");
        }
        if (output.writesThrough()) {
            return false;
        }
        throw InputException.parameter("--out", out + ": unknown trace format: name a .json or .csv file, "
                + "or - for JSON on standard output");
    }

    private TimeUnit unit() {
        if (timeUnit == null) {
            return null;
        }
        TimeUnit u = TimeUnit.fromSymbol(timeUnit);
        if (u == null) {
            throw InputException.parameter("--time-unit", "must be ms, s or us, got " + timeUnit);
        }
        return u;
    }

    private Target target() {
        int given = (rate != null ? 1 : 0) + (load != null ? 1 : 0) + (timeScale != null ? 1 : 0);
        if (given > 1) {
            throw InputException.parameter(rate != null ? "--rate" : "--load", "give one of --rate, --load, --time-scale");
        }
        if (rate != null) {
            return Target.rate(rate);
        }
        if (load != null) {
            return Target.load(load);
        }
        if (timeScale != null) {
            return Target.timeScale(timeScale);
        }
        if (WorkloadSpec.REPLAY.equals(arrivals.trim().toLowerCase(Locale.ROOT))) {
            return Target.timeScale(1);
        }
        throw InputException.parameter("--rate", "say how fast: --rate R (jobs/s) or --load L");
    }

    private void describe(PrintWriter report, Workload w) {
        TimedTrace t = w.trace();
        int n = t.size();
        double prompt = 0;
        double output = 0;
        for (int j = 0; j < n; j++) {
            prompt += t.promptTokens(j);
            output += t.outputTokens(j);
        }
        double[] gaps = new double[Math.max(0, n - 1)];
        for (int j = 1; j < n; j++) {
            gaps[j - 1] = (t.arrival(j) - t.arrival(j - 1)) * t.timeUnit().seconds();
        }
        double mean = 0;
        for (double g : gaps) {
            mean += g;
        }
        mean = gaps.length == 0 ? Double.NaN : mean / gaps.length;
        double var = 0;
        for (double g : gaps) {
            var += (g - mean) * (g - mean);
        }
        double measuredCv = gaps.length < 2 ? Double.NaN : Math.sqrt(var / (gaps.length - 1)) / mean;
        report.printf(Locale.ROOT, "gen: %d jobs, %s; mean prompt %.1f, mean output %.1f tokens, mean service %.2f %s%n",
                n, w.arrivals(), prompt / n, output / n, w.meanServiceTime(), t.timeUnit().symbol());
        report.printf(Locale.ROOT, "  asked: %.4g jobs/s, load %.3f%s; measured: %.4g jobs/s, gap CV %.3f%n",
                w.jobsPerSecond(), w.load(), w.overloaded() ? " (overloaded: the queue grows without bound)" : "",
                1 / mean, measuredCv);
        if (!"-".equals(out)) {
            report.println("  wrote " + out);
        }
        report.flush();
    }
}
