package org.servelab.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.servelab.workload.io.OutputGuard;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.ValueLists;
import org.servelab.seqsched.BatchSettings;
import org.servelab.seqsched.QuerySet;
import org.servelab.seqsched.TableFigure;
import org.servelab.seqsched.TableReport;
import org.servelab.seqsched.TableStudy;
import org.servelab.workload.InputException;

/**
 * {@code servelab batch table}: the paper's table reproduced beside the paper's numbers, with an affine cost
 * model fitted on the vanilla and max4 rows only, and the predicted rows over a range of predictor errors.
 */
@Command(name = "table", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reproduce the sequence scheduling paper's table (Zheng et al., NeurIPS'23) on the Alpaca "
                + "lengths: the cost model's two constants are fitted on the vanilla and max4 rows only; the "
                + "predicted rows are run for a range of predictor errors.")
public final class BatchTableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions queryOptions = new QueryOptions();

    @Mixin
    OfflineOptions offlineOptions = new OfflineOptions();

    @Option(names = "--sigma", paramLabel = "LIST", defaultValue = "0:1:0.1",
            description = "Predictor errors SIGMA of noisy:SIGMA for the predicted rows, a list or START:END:STEP "
                    + "(default: ${DEFAULT-VALUE}).")
    String sigma;

    @Option(names = "--spread-seeds", paramLabel = "N", defaultValue = "100",
            description = "Samples (seeds 0 to N-1) that show how much the vanilla and max4 rows vary "
                    + "(default: ${DEFAULT-VALUE}).")
    int spreadSeeds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write table.csv, sigma.csv and " + TableFigure.FILE + " into DIR.")
    Path outDir;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        double[] sigmas = sigmas();
        if (spreadSeeds < 1) {
            throw InputException.parameter("--spread-seeds", "must be at least 1, got " + spreadSeeds);
        }
        QuerySet all = queryOptions.loadAll();
        if (!all.hasMax4()) {
            throw InputException.parameter("--trace", all.name() + " has no four sampled lengths per query: the table "
                    + "needs the Alpaca lengths file");
        }
        int n = queryOptions.count(all);
        BatchSettings settings = offlineOptions.settings(queryOptions.seed());
        TableReport report = new TableStudy(all, n, settings).run(sigmas, spreadSeeds);
        OutputGuard guard = new OutputGuard().input("--trace", "input trace", queryOptions.trace);
        try (OutputFiles files = new OutputFiles(guard, out)) {
            OutputFiles.Output table = null;
            OutputFiles.Output sigmaCsv = null;
            OutputFiles.Output png = null;
            if (outDir != null) {
                Files.createDirectories(outDir);
                table = files.stage("--out", outDir.resolve("table.csv"));
                sigmaCsv = files.stage("--out", outDir.resolve("sigma.csv"));
                png = files.stage("--out", outDir.resolve(TableFigure.FILE));
            }
            TableText.print(out, report, all, settings);
            if (outDir != null) {
                try (Writer w = new java.io.BufferedWriter(table.writer())) {
                    TableText.tableCsv(report, w);
                }
                try (Writer w = new java.io.BufferedWriter(sigmaCsv.writer())) {
                    TableText.sigmaCsv(report, w);
                }
                FigureFiles.png(TableFigure.of(report), png);
                out.println();
                out.println("  wrote " + outDir.resolve("table.csv") + ", " + outDir.resolve("sigma.csv") + ", "
                        + outDir.resolve(TableFigure.FILE));
            }
            files.commit();
        }
        out.flush();
        return 0;
    }

    private double[] sigmas() {
        List<Double> list = ValueLists.numbers(sigma, "--sigma");
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
            if (!(out[i] >= 0) || Double.isInfinite(out[i])) {
                throw InputException.parameter("--sigma", "SIGMA must be a number >= 0, got " + NumberText.of(out[i]));
            }
        }
        return out;
    }
}
