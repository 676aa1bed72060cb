package org.servelab.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.servelab.workload.io.CostModels;
import org.servelab.workload.io.OutputGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.servelab.cost.BatchCostModel;
import org.servelab.seqsched.BatchSettings;
import org.servelab.seqsched.OfflineResult;
import org.servelab.seqsched.OfflineResultsCsv;
import org.servelab.seqsched.OfflineResultsJson;
import org.servelab.seqsched.OfflineRun;
import org.servelab.seqsched.QuerySet;
import org.servelab.seqsched.StaticBatchPricer;
import org.servelab.seqsched.Strategy;
import org.servelab.workload.InputException;
import org.servelab.workload.io.BatchCostModels;

/**
 * {@code servelab batch}: offline batch inference, every query known at t = 0, run as static batches under one
 * or more strategies (vanilla, sequence scheduling with a length predictor, VBS, FCR), side by side.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Offline batch inference: run every query as static batches under one or more strategies "
                + "(sequence scheduling: predicted lengths, variable batch size, failure collection and "
                + "recomputation) and print throughput, average length, effective tokens and failures side by side.",
        subcommands = {BatchTableCommand.class, BatchOnlineCommand.class})
public final class BatchCommand implements Callable<Integer> {

    static final String DEFAULT_COST = "roofline:vicuna-7b@a100-80gb";
    static final int MAX_BATCHES_PRINTED = 40;

    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions queryOptions = new QueryOptions();

    @Option(names = "--strategy", split = ",", paramLabel = "PREDICTOR[+vbs][+fcr]",
            defaultValue = "vanilla,noisy:0.4+vbs+fcr",
            description = "One or more strategies, comma separated. Predictors: vanilla (everyone the max length), "
                    + "oracle, max4 (the largest of four sampled lengths), noisy:SIGMA (max4 times exp(N(0,SIGMA)), "
                    + "rounded up to 50), trace (the data's 'predicted' lengths). +vbs: variable batch size; +fcr: "
                    + "stop at the predicted cap and re-run the failures. Default: ${DEFAULT-VALUE}.")
    List<String> strategies;

    @Mixin
    OfflineOptions offlineOptions = new OfflineOptions();

    @Option(names = "--cost-model", paramLabel = "NAME|FILE", defaultValue = DEFAULT_COST,
            description = "Prices each iteration of a static batch, prefill padded to the longest prompt: step-10ms, "
                    + "affine:c0=C,per-token=K,..., roofline:MODEL@GPU or a batch profile (default: ${DEFAULT-VALUE}).")
    String costModel;

    @Option(names = "--results", paramLabel = "FILE.json", description = "Write the results with every batch as JSON.")
    Path resultsJson;

    @Option(names = "--results-csv", paramLabel = "FILE.csv", description = "Write one row per batch as CSV.")
    Path resultsCsv;

    @Option(names = "--write-trace", paramLabel = "FILE",
            description = "Write the queries as a trace (JSON or CSV by extension), all arriving at 0, with the "
                    + "predictions of the first strategy that predicts in a 'predicted' field.")
    Path traceOut;

    @Option(names = "--per-batch", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Print every batch: auto prints them when a strategy runs at most " + MAX_BATCHES_PRINTED
                    + " batches.")
    String perBatch;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QuerySet all = queryOptions.loadAll();
        QuerySet queries = queryOptions.pick(all);
        List<Strategy> parsed = strategies(strategies, queries);
        StaticBatchPricer pricer = pricer(costModel);
        BatchSettings settings = offlineOptions.settings(queryOptions.seed());
        PredictedTrace.checkExtension(traceOut);
        if (!List.of("auto", "always", "never").contains(perBatch)) {
            throw InputException.parameter("--per-batch", "'" + perBatch + "' is not auto, always or never");
        }
        OutputGuard guard = new OutputGuard().input("--trace", "input trace", queryOptions.trace)
                .input("--cost-model", "cost profile", CostModels.profileFile(costModel));
        try (OutputFiles files = new OutputFiles(guard, out)) {
            OutputFiles.Output json = files.stage("--results", resultsJson);
            OutputFiles.Output csv = files.stage("--results-csv", resultsCsv);
            OutputFiles.Output trace = files.stage("--write-trace", traceOut);
            List<OfflineResult> results = new ArrayList<>();
            for (Strategy s : parsed) {
                results.add(OfflineRun.run(queries, s, settings, pricer));
            }
            out.println("Offline batches: " + queryOptions.describe(queries, all) + "; groups of "
                    + settings.groupSize() + ", batches of " + settings.batchSize() + ", max length "
                    + settings.maxLength() + "; cost model " + pricer.cost().name());
            out.println();
            OfflineReport.print(files.report(spec.commandLine().getErr()), results, perBatch, MAX_BATCHES_PRINTED);
            if (json != null) {
                try (Writer w = new java.io.BufferedWriter(json.writer())) {
                    OfflineResultsJson.write(results, w);
                }
            }
            if (csv != null) {
                try (Writer w = new java.io.BufferedWriter(csv.writer())) {
                    OfflineResultsCsv.write(results, w);
                }
            }
            if (trace != null) {
                PredictedTrace.write(queries, parsed, settings, traceOut, trace);
            }
            files.commit();
        }
        out.flush();
        return 0;
    }

    /** The strategies, each checked against the queries (max4 needs samples, trace needs predictions). */
    static List<Strategy> strategies(List<String> specs, QuerySet queries) {
        List<Strategy> out = new ArrayList<>();
        for (String spec : specs) {
            Strategy s;
            try {
                s = Strategy.parse(spec);
            } catch (IllegalArgumentException e) {
                throw InputException.parameter("--strategy", e.getMessage());
            }
            String why = s.predictor().unusableFor(queries);
            if (why != null) {
                throw InputException.parameter("--strategy", why);
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            throw InputException.parameter("--strategy", "name at least one strategy");
        }
        return out;
    }

    /** A pricer for the named batch cost model; per-job models are refused. */
    static StaticBatchPricer pricer(String spec) {
        BatchCostModel cost = BatchCostModels.parse(spec, "ms");
        try {
            return new StaticBatchPricer(cost);
        } catch (IllegalArgumentException e) {
            throw InputException.parameter("--cost-model", e.getMessage());
        }
    }
}
