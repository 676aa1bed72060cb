package org.servelab.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.servelab.cost.BatchCostModel;
import org.servelab.cost.CostModel;
import org.servelab.cost.PerJobCost;
import org.servelab.cost.SoloCost;
import org.servelab.workload.io.BatchCostModels;
import org.servelab.workload.io.CostModels;
import org.servelab.cost.ProfileCostModel;
import org.servelab.workload.InputException;
import org.servelab.workload.TimeGrid;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.arrival.ArrivalProcess;
import org.servelab.workload.arrival.ArrivalProcesses;
import org.servelab.workload.io.OutputGuard;
import org.servelab.workload.generate.RequestOrder;
import org.servelab.workload.io.TraceReader;

/** Options that pick a trace and make it runnable: cost model and arrival process. */
public final class TraceOptions {

    @Option(names = "--trace", required = true, paramLabel = "FILE",
            description = "Trace file: JSON (ServeLab format) or CSV (input_length,output_length).")
    Path trace;

    @Option(names = "--cost-model", paramLabel = "NAME|FILE",
            description = "Iteration times: 'opt-1.3b' or a JSON profile file (per job); per-job (each job's own "
                    + "times, the slowest member sets a batch's time); step-10ms, affine:floor=F,c0=C,per-token=K,"
                    + "per-context=X or roofline:MODEL@GPU (price whole batches; they turn batching on). Default: "
                    + "each job's own times, and opt-1.3b for jobs without them.")
    String costModel;

    @Option(names = "--arrivals", paramLabel = "KIND",
            description = "Replace the trace's arrival times: fixed (job k at k/R, the first at 0), poisson, "
                    + "gamma (with --cv) or uniform.")
    String arrivals;

    @Option(names = "--arrival-rate", paramLabel = "R", description = "Jobs per second for --arrivals.")
    Double arrivalRate;

    @Option(names = "--cv", paramLabel = "C",
            description = "Coefficient of variation of the gaps for --arrivals gamma (default: 1, Poisson-like).")
    Double cv;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for random arrivals (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--order", paramLabel = "as-is|asc|desc",
            description = "Send the requests in trace order (as-is, the default), or sorted by prompt + output length "
                    + "ascending or descending; the sending times stay.")
    String order;

    /**
     * Refuses arrival times the simulation cannot represent exactly (a rate so low that the last jobs
     * arrive beyond {@link TimeGrid#MAX_TIME}), naming the option that made them.
     */
    static void checkArrivals(double[] times, TimeUnit unit, String option, String value) {
        for (int j = times.length - 1; j >= 0; j--) {
            if (!TimeGrid.inRange(times[j])) {
                throw InputException.parameter(option, value + " is too slow: job " + (j + 1) + " would arrive at "
                        + times[j] + " " + unit.symbol() + ", beyond the " + (long) TimeGrid.MAX_TIME + " " + unit.symbol()
                        + " that simulated times reach exactly");
            }
        }
    }

    /** A guard that keeps the command's outputs off the files these options read. */
    public OutputGuard inputs() {
        return new OutputGuard().input("--trace", "input trace", trace)
                .input("--cost-model", "cost profile", CostModels.profileFile(costModel));
    }

    /** Reads the trace, applies the arrival process and the order, and resolves iteration times. */
    public TimedTrace load() {
        return load(true);
    }

    /**
     * Reads the trace as {@link #load()} does; {@code oneAtATime} false (batching runs) skips the bound on
     * the serial run, which batches beat by far.
     */
    public TimedTrace load(boolean oneAtATime) {
        Trace t = TraceReader.read(trace);
        if (arrivals != null || arrivalRate != null) {
            if (arrivals == null) {
                throw InputException.parameter("--arrival-rate", "needs --arrivals " + String.join("|", ArrivalProcesses.kinds()));
            }
            if (arrivalRate == null) {
                throw InputException.parameter("--arrivals", "needs --arrival-rate R (jobs per second)");
            }
            if (cv != null && !ArrivalProcesses.takesCv(arrivals)) {
                throw InputException.parameter("--cv", "only applies to --arrivals gamma");
            }
            ArrivalProcess process = ArrivalProcesses.parse(arrivals, arrivalRate, cv == null ? 1.0 : cv, seed);
            double[] times = process.times(t.size(), t.timeUnit());
            checkArrivals(times, t.timeUnit(), "--arrival-rate", arrivalRate + " jobs/s");
            t = t.withArrivals(times);
        }
        if (order != null) {
            t = RequestOrder.parse(order).apply(t);
        }
        if (batchCost() != null) {
            return TraceReader.timed(trace, t, new SoloCost(batchCost()), null, false);
        }
        CostModel model = costModel == null || isPerJob() ? null : CostModels.resolve(costModel);
        return TraceReader.timed(trace, t, model, model == null ? ProfileCostModel.opt13b() : null, oneAtATime);
    }

    private boolean isPerJob() {
        return PerJobCost.NAME.equalsIgnoreCase(costModel.trim());
    }

    private BatchCostModel batch;

    /** The model that prices whole batches, when {@code --cost-model} names one; else null. */
    public BatchCostModel batchCost() {
        if (batch == null && costModel != null && BatchCostModels.isBatchSpec(costModel)) {
            batch = BatchCostModels.parse(costModel, "ms");
        }
        return batch;
    }
}
