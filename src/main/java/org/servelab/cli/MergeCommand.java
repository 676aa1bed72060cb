package org.servelab.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.servelab.experiment.SweepCsv;
import org.servelab.experiment.SweepMerge;
import org.servelab.experiment.SweepRow;
import org.servelab.experiment.SweepSpec;
import org.servelab.experiment.SweepSpecJson;
import org.servelab.workload.InputException;
import org.servelab.workload.io.AtomicFiles;
import org.servelab.workload.io.OutputGuard;

/**
 * {@code servelab merge}: joins the outputs of {@code sweep --shard} into the CSV (and plots) one unsharded
 * sweep gives. Inputs are shard directories (with results.csv and spec.json) or CSV files.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Join the results of sharded sweeps (directories or results CSV files) into one results.csv, "
                + "checking that the shards are of one sweep and that no run is missing; then draw the plots.")
public final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Shard output directories or results CSV files.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for the merged results.csv, spec.json and plots.")
    Path out;

    @Option(names = "--no-plots", description = "Write no PNG plots.")
    boolean noPlots;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        List<List<SweepRow>> parts = new ArrayList<>();
        String specText = null;
        Path specFrom = null;
        OutputGuard guard = new OutputGuard();
        for (Path in : inputs) {
            Path csv = Files.isDirectory(in) ? in.resolve(SweepCommand.RESULTS) : in;
            if (!Files.isRegularFile(csv)) {
                throw InputException.parameter("merge", csv + ": file not found");
            }
            Path sp = (Files.isDirectory(in) ? in : in.toAbsolutePath().getParent()).resolve(SweepCommand.SPEC);
            guard.input(in.toString(), "results of a shard", csv).input(in.toString(), "spec of a shard", sp);
        }
        ResultsDir.check(out, guard);
        for (Path in : inputs) {
            Path csv = Files.isDirectory(in) ? in.resolve(SweepCommand.RESULTS) : in;
            parts.add(SweepCsv.read(csv));
            Path sp = (Files.isDirectory(in) ? in : in.toAbsolutePath().getParent()).resolve(SweepCommand.SPEC);
            if (Files.isRegularFile(sp)) {
                String text;
                try {
                    text = Files.readString(sp, StandardCharsets.UTF_8);
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new InputException(sp.toString(), 0, null, "not a UTF-8 JSON file (binary or another encoding)", e);
                }
                if (specText != null && !specText.equals(text)) {
                    throw InputException.parameter("merge", sp + " differs from " + specFrom
                            + ": the inputs are shards of different sweeps");
                }
                specText = text;
                specFrom = sp;
            }
        }
        int expected = -1;
        if (specText != null) {
            SweepSpec s = SweepSpecJson.parse(specFrom.toString(), specText, SweepCommand.defaults());
            expected = (int) Math.min(Integer.MAX_VALUE, s.runs());
        } else {
            spec.commandLine().getErr().println("servelab: warning: no " + SweepCommand.SPEC
                    + " beside the inputs: cannot check that every run is there");
        }
        List<SweepRow> rows = SweepMerge.merge(parts, expected);
        ResultsDir.create(out);
        SweepCsv.write(rows, out.resolve(SweepCommand.RESULTS));
        if (specText != null) {
            AtomicFiles.write(out.resolve(SweepCommand.SPEC), specText);
        }
        var stdout = spec.commandLine().getOut();
        stdout.println("merge: " + rows.size() + " runs from " + inputs.size() + " inputs; wrote "
                + out.resolve(SweepCommand.RESULTS));
        Set<String> plots = noPlots ? Set.of() : Plots.write(rows, out, stdout);
        Plots.removeStale(out, plots, stdout);
        stdout.flush();
        return 0;
    }
}
