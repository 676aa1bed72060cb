package org.servelab.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.servelab.workload.io.CostModels;
import org.servelab.workload.io.OutputGuard;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.servelab.cost.BatchCostModel;
import org.servelab.experiment.NumberText;
import org.servelab.experiment.ValueLists;
import org.servelab.seqsched.BatchSettings;
import org.servelab.seqsched.BeyondFigures;
import org.servelab.seqsched.CapacityPoint;
import org.servelab.seqsched.CapacityStudy;
import org.servelab.seqsched.OnlinePoint;
import org.servelab.seqsched.OnlineStudy;
import org.servelab.seqsched.Predictor;
import org.servelab.seqsched.QuerySet;
import org.servelab.seqsched.TableStudy;
import org.servelab.workload.InputException;

/**
 * {@code servelab batch online}: beyond the paper. The same predictor ranks sjf and srpt in continuous batching
 * against fcfs at several arrival rates; and all queries at t = 0 served by static batches against continuous
 * batching at several batch sizes.
 */
@Command(name = "online", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Beyond the paper: the length predictor driving sjf and srpt in continuous batching against "
                + "fcfs at several arrival rates, and sequence scheduling against continuous batching on the same "
                + "queries at several batch sizes.")
public final class BatchOnlineCommand implements Callable<Integer> {

    static final String FITTED = "fitted";

    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions queryOptions = new QueryOptions();

    @Mixin
    OfflineOptions offlineOptions = new OfflineOptions();

    @Option(names = "--predictor", paramLabel = "SPEC", defaultValue = "noisy:0.4",
            description = "The length predictor (noisy:SIGMA, max4, oracle, trace; default: ${DEFAULT-VALUE}).")
    String predictor;

    @Option(names = "--cost-model", paramLabel = "NAME|FILE", defaultValue = FITTED,
            description = "'fitted' (default): the affine model batch table fits on the vanilla and max4 rows (1024 "
                    + "queries of the data, --seed); or any batch cost model.")
    String costModel;

    @Option(names = "--qps", paramLabel = "LIST", defaultValue = "1.5,2,2.5,3,3.25,3.5",
            description = "Arrival rates, queries per second (Poisson; default: ${DEFAULT-VALUE}).")
    String qps;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "3",
            description = "Arrival seeds per rate, from --seed (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "16",
            description = "Sequences per iteration online (default: ${DEFAULT-VALUE}, the paper's batch size).")
    int maxBatch;

    @Option(names = "--batch-sizes", paramLabel = "LIST", defaultValue = "4,8,16,32,64,128,256",
            description = "Batch sizes of the offline comparison (default: ${DEFAULT-VALUE}).")
    String batchSizes;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write online.csv, capacity.csv, " + BeyondFigures.ONLINE_FILE + " and "
                    + BeyondFigures.CAPACITY_FILE + " into DIR.")
    Path outDir;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        double[] rates = positive(ValueLists.numbers(qps, "--qps"), "--qps");
        int[] sizes = ValueLists.integers(batchSizes, "--batch-sizes").stream().mapToInt(Integer::intValue).toArray();
        for (int b : sizes) {
            if (b < 1) {
                throw InputException.parameter("--batch-sizes", "must be at least 1, got " + b);
            }
        }
        if (seeds < 1) {
            throw InputException.parameter("--seeds", "must be at least 1, got " + seeds);
        }
        if (maxBatch < 1) {
            throw InputException.parameter("--max-batch", "must be at least 1, got " + maxBatch);
        }
        QuerySet all = queryOptions.loadAll();
        QuerySet queries = queryOptions.pick(all);
        Predictor p = BatchCommand.strategies(List.of(predictor), queries).get(0).predictor();
        BatchSettings settings = offlineOptions.settings(queryOptions.seed());
        BatchCostModel cost = cost(all);

        List<OnlinePoint> online = new OnlineStudy(queries, cost, maxBatch, settings.maxLength(), queryOptions.seed())
                .run(OnlineStudy.policies(p), rates, seeds);
        List<CapacityPoint> capacity = new CapacityStudy(queries, cost, settings, p).run(sizes);
        String setting = queries.size() + " queries of " + queries.name() + " (seed " + queryOptions.seed()
                + "), responses cut at " + settings.maxLength() + ", cost model " + cost.name();
        OutputGuard guard = new OutputGuard().input("--trace", "input trace", queryOptions.trace)
                .input("--cost-model", "cost profile", CostModels.profileFile(costModel));
        try (OutputFiles files = new OutputFiles(guard, out)) {
            OutputFiles.Output[] staged = outDir == null ? null : stage(files);
            BeyondText.print(out, setting, maxBatch, seeds, online, capacity);
            if (staged != null) {
                try (Writer w = new java.io.BufferedWriter(staged[0].writer())) {
                    BeyondText.onlineCsv(online, w);
                }
                try (Writer w = new java.io.BufferedWriter(staged[1].writer())) {
                    BeyondText.capacityCsv(capacity, w);
                }
                FigureFiles.png(BeyondFigures.online(online, setting + "; at most " + maxBatch + " sequences an "
                        + "iteration, chunked prefill; mean over " + seeds + " arrival seeds, whiskers: lowest to "
                        + "highest."), staged[2]);
                FigureFiles.png(BeyondFigures.capacity(capacity, setting + "; the predicted ways pay for their "
                        + "prediction batches."), staged[3]);
                out.println();
                out.println("  wrote online.csv, capacity.csv, " + BeyondFigures.ONLINE_FILE + ", "
                        + BeyondFigures.CAPACITY_FILE + " in " + outDir);
            }
            files.commit();
        }
        out.flush();
        return 0;
    }

    private OutputFiles.Output[] stage(OutputFiles files) throws java.io.IOException {
        Files.createDirectories(outDir);
        return new OutputFiles.Output[] {files.stage("--out", outDir.resolve("online.csv")),
            files.stage("--out", outDir.resolve("capacity.csv")),
            files.stage("--out", outDir.resolve(BeyondFigures.ONLINE_FILE)),
            files.stage("--out", outDir.resolve(BeyondFigures.CAPACITY_FILE))};
    }

    /** The named model, or the one batch table fits on the paper's setting (1024 queries of the data, --seed). */
    private BatchCostModel cost(QuerySet all) {
        if (!FITTED.equalsIgnoreCase(costModel.trim())) {
            return BatchCommand.pricer(costModel).cost();
        }
        if (!all.hasMax4()) {
            throw InputException.parameter("--cost-model", "'fitted' fits on the max4 row, which needs the Alpaca "
                    + "lengths; name a cost model for " + all.name());
        }
        try {
            return TableStudy.paperFit(all, queryOptions.seed());
        } catch (IllegalArgumentException e) {
            throw InputException.parameter("--cost-model", e.getMessage());
        }
    }

    private static double[] positive(List<Double> values, String option) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
            if (!(out[i] > 0) || Double.isInfinite(out[i])) {
                throw InputException.parameter(option, "must be positive, got " + NumberText.of(out[i]));
            }
        }
        return out;
    }
}
