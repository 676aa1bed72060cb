package org.servelab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.servelab.cost.BatchCostModel;
import org.servelab.cost.PerJobCost;
import org.servelab.engine.Engine;
import org.servelab.engine.event.EventSink;
import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.ServingStats;
import org.servelab.metrics.Summary;
import org.servelab.metrics.io.ResultsCsv;
import org.servelab.metrics.io.ResultsJson;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.InputException;
import org.servelab.policy.batch.PredictedLengths;
import org.servelab.workload.TimedTrace;

/** {@code servelab run}: one trace under one or more policies, printed side by side. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a trace under one or more policies and print each job's JCT and the averages.")
public final class RunCommand implements Callable<Integer> {

    static final int MAX_JOBS_PRINTED = 200;

    @Spec
    CommandSpec spec;

    @Mixin
    TraceOptions traceOptions = new TraceOptions();

    @Mixin
    PolicyOptions policyOptions = new PolicyOptions();

    @Mixin
    BatchingOptions batchingOptions = new BatchingOptions();

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(names = "--predictor", paramLabel = "oracle|noisy:SIGMA|trace",
            description = "sjf and srpt rank by predicted output lengths instead of the true ones: noisy:SIGMA (the "
                    + "true length times exp(N(0,SIGMA)), rounded up to 50, seeded by --seed), trace (the trace's "
                    + "'predicted' lengths) or oracle. Runs the batching engine.")
    String predictor;

    @Option(names = "--token-log", paramLabel = "FILE|-",
            description = "Write every generated token (policy,time,job,token,queue) to FILE, or '-' for the console.")
    String tokenLog;

    @Option(names = "--events", paramLabel = "FILE.jsonl",
            description = "Write every event (arrivals, queue moves, dispatches, iterations, tokens) as JSON lines "
                    + "('-': standard output).")
    Path eventsFile;

    @Option(names = "--results", paramLabel = "FILE.json",
            description = "Write the results as JSON ('-': standard output).")
    Path resultsJson;

    @Option(names = "--results-csv", paramLabel = "FILE.csv",
            description = "Write per-job results as CSV ('-': standard output).")
    Path resultsCsv;

    @Option(names = "--per-job", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Print each job's JCT: auto prints them for traces of up to " + MAX_JOBS_PRINTED + " jobs.")
    String perJob;

    @Option(names = "--timings", description = "Print to standard error how long reading the trace, simulating "
            + "and writing the outputs took (wall clock).")
    boolean timings;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        checkPerJob();
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        TimedTrace trace = traceOptions.load(!batching());
        long read = System.nanoTime();
        List<PolicyRun> policies = runs(trace);
        Engine engine = engineOptions.create();

        try (OutputFiles files = new OutputFiles(traceOptions.inputs(), out)) {
            OutputFiles.Output json = files.stage("--results", resultsJson);
            OutputFiles.Output csv = files.stage("--results-csv", resultsCsv);
            OutputFiles.Output tokenOut = files.stageLog("--token-log", tokenLog == null ? null : Path.of(tokenLog));
            OutputFiles.Output eventsOut = files.stage("--events", eventsFile);
            boolean live = tokenOut != null && tokenOut.console() && engineOptions.paced();
            List<RunResult> results;
            // a token log file takes bytes (a line per token); the console keeps its writer
            boolean tokenBytes = tokenOut != null && !tokenOut.console();
            try (Writer tokens = tokenOut == null || tokenBytes ? null : tokenOut.writer();
                 Writer events = eventsOut == null ? null : eventsOut.writer()) {
                results = runAll(trace, policies, engine, tokenBytes ? tokenOut.stream() : null, tokens, live,
                        events);
            }
            long simulated = System.nanoTime();
            printReport(files.report(spec.commandLine().getErr()), trace, results);
            writeResults(json, csv, results);
            files.commit();
            if (timings) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf(java.util.Locale.ROOT, "timings: read %.2f s, simulate%s %.2f s, write %.2f s%n",
                        (read - start) / 1e9, tokenOut != null || eventsOut != null ? " and log" : "",
                        (simulated - read) / 1e9, (System.nanoTime() - simulated) / 1e9);
                err.flush();
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Writes the results files. When both go to files, the CSV is written on a second thread while this one
     * writes the JSON, and each thread syncs its file to the disk when done; a failure of the JSON is the one
     * reported when both fail, as when they are written one after the other.
     */
    private static void writeResults(OutputFiles.Output json, OutputFiles.Output csv, List<RunResult> results)
            throws IOException {
        if (json == null || csv == null || json.console() || csv.console()) {
            if (json != null) {
                writeJson(json, results);
            }
            if (csv != null) {
                writeCsv(csv, results);
            }
            return;
        }
        FutureTask<Void> csvTask = new FutureTask<>(() -> {
            writeCsv(csv, results);
            csv.sync();
            return null;
        });
        Thread worker = new Thread(csvTask, "servelab-results-csv");
        worker.setDaemon(true);
        worker.start();
        try {
            writeJson(json, results);
            json.sync();
        } catch (IOException | RuntimeException | Error e) {
            Throwable other = failureOf(csvTask);
            if (other != null) {
                e.addSuppressed(other);
            }
            throw e;
        }
        Throwable other = failureOf(csvTask);
        if (other instanceof IOException e) {
            throw e;
        }
        if (other instanceof RuntimeException e) {
            throw e;
        }
        if (other instanceof Error e) {
            throw e;
        }
    }

    /**
     * Waits for the task (through interrupts: the files are not closed while it writes one of them, and the
     * interrupt is kept) and returns what it threw, or null.
     */
    private static Throwable failureOf(FutureTask<Void> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return null;
                } catch (ExecutionException e) {
                    return e.getCause();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void writeJson(OutputFiles.Output json, List<RunResult> results) throws IOException {
        try (Writer w = new java.io.BufferedWriter(json.writer(), 1 << 16)) {
            ResultsJson.write(results, w);
        }
    }

    private static void writeCsv(OutputFiles.Output csv, List<RunResult> results) throws IOException {
        try (Writer w = new java.io.BufferedWriter(csv.writer(), 1 << 16)) {
            ResultsCsv.write(results, w);
        }
    }

    /**
     * The runs the options ask for: on the batching engine when a batching option, a batch cost model or a
     * batching-only policy is given, else on the batch-size-1 engine.
     */
    /** Whether the options ask for the batching engine (see docs/batching.md). */
    private boolean batching() {
        return batchingOptions.requested() || traceOptions.batchCost() != null || policyOptions.namesBatchingOnly()
                || predictor != null;
    }

    private List<PolicyRun> runs(TimedTrace trace) {
        BatchCostModel cost = traceOptions.batchCost();
        PredictedLengths predicted = PredictorOption.lengths(predictor, trace, traceOptions.seed,
                policyOptions.namesLengthRanking());
        if (batching()) {
            return policyOptions.batchRuns(batchingOptions.create(),
                    cost != null ? cost : new PerJobCost(trace.timeUnit().symbol()),
                    batchingOptions.speculation(traceOptions.seed), predicted);
        }
        List<PolicyRun> out = new ArrayList<>();
        for (SchedulingPolicy p : policyOptions.create()) {
            out.add(PolicyRun.of(p));
        }
        return out;
    }

    private void checkPerJob() {
        if (!List.of("auto", "always", "never").contains(perJob)) {
            throw InputException.parameter("--per-job", "must be auto, always or never, got " + perJob);
        }
    }

    private static List<RunResult> runAll(TimedTrace trace, List<PolicyRun> policies, Engine engine,
                                          OutputStream tokenFile, Writer tokenLog, boolean live, Writer events)
            throws IOException, InterruptedException {
        if (tokenFile != null) {
            tokenFile.write((TokenLogSink.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (tokenLog != null) {
            tokenLog.write(TokenLogSink.HEADER + "\n");
        }
        List<RunResult> results = new ArrayList<>();
        byte[][] ids = tokenFile != null || tokenLog != null ? TokenLogSink.ids(trace) : null;
        for (PolicyRun p : policies) {
            TokenLogSink tokens = tokenFile != null ? new TokenLogSink(tokenFile, trace, ids, p.name())
                    : tokenLog != null ? new TokenLogSink(tokenLog, trace, ids, p.name(), live) : null;
            EventSink sink = EventSink.tee(tokens, events == null ? null : new EventLogSink(events, trace, p.name()));
            results.add(p.run(engine, trace, sink));
            if (tokens != null) {
                tokens.flush();
            }
        }
        return results;
    }

    private void printReport(PrintWriter out, TimedTrace trace, List<RunResult> results) {
        String unit = trace.timeUnit().symbol();
        out.printf("Trace %s: %d jobs, times in %s, iteration times %s%n", trace.name(), trace.size(), unit,
                describeTimes(trace.costModelName()));
        for (RunResult r : results) {
            out.println("  " + r.description());
        }
        out.println();
        boolean jobs = "always".equals(perJob) || ("auto".equals(perJob) && trace.size() <= MAX_JOBS_PRINTED);
        if (jobs) {
            TextTable t = new TextTable();
            // a trace that gives its times: show them; one priced by a cost model: show the prompt it priced
            boolean given = trace.costModelName().equals("explicit");
            List<String> head = new ArrayList<>(given ? List.of("job", "arrival", "prefill", "decode", "tokens", "service")
                    : List.of("job", "arrival", "prompt", "tokens", "service"));
            for (RunResult r : results) {
                head.add(r.policy() + " JCT");
            }
            t.row(head.toArray(String[]::new));
            for (int j = 0; j < trace.size(); j++) {
                List<String> row = new ArrayList<>(List.of(trace.id(j), TextTable.num(trace.arrival(j))));
                if (given) {
                    row.add(TextTable.num(trace.prefillTime(j)));
                    row.add(TextTable.num(trace.decodeTime(j)));
                } else {
                    row.add(String.valueOf(trace.promptTokens(j)));
                }
                row.add(String.valueOf(trace.outputTokens(j)));
                row.add(TextTable.num(trace.serviceTime(j)));
                for (RunResult r : results) {
                    JobResult jr = r.jobs().get(j);
                    row.add(TextTable.num(jr.jct()));
                }
                t.row(row.toArray(String[]::new));
            }
            out.print(t);
            out.println();
        } else if ("auto".equals(perJob)) {
            out.printf("(%d jobs: per-job JCTs not printed; use --per-job always or --results)%n%n", trace.size());
        }
        out.print(summaryTable(results, unit));
    }

    /** Where the iteration times come from, in words a user reads. */
    static String describeTimes(String costModelName) {
        if (costModelName.equals("explicit")) {
            return "given in the trace";
        }
        if (costModelName.startsWith("explicit+")) {
            return "given in the trace, and from " + costModelName.substring("explicit+".length())
                    + " for jobs without them";
        }
        return "from " + costModelName;
    }

    static String summaryTable(List<RunResult> results, String unit) {
        TextTable t = new TextTable();
        List<String> head = new ArrayList<>(List.of("summary (" + unit + ")"));
        for (RunResult r : results) {
            head.add(r.policy());
        }
        t.row(head.toArray(String[]::new));
        addRow(t, "average JCT", results, Summary::averageJct);
        addRow(t, "p50 JCT", results, Summary::p50Jct);
        addRow(t, "p90 JCT", results, Summary::p90Jct);
        addRow(t, "p99 JCT", results, Summary::p99Jct);
        addRow(t, "max JCT", results, Summary::maxJct);
        addRow(t, "average TTFT", results, Summary::averageTtft);
        addRow(t, "average slowdown", results, Summary::averageSlowdown);
        addRow(t, "makespan", results, Summary::makespan);
        addRow(t, "throughput (jobs/s)", results, Summary::throughput);
        if (results.stream().anyMatch(r -> r.serving() != null)) {
            addServing(t, "p99 TTFT", results, s -> s.ttft().p99());
            addServing(t, "average TPOT", results, s -> s.tpot().mean());
            addServing(t, "p99 TPOT", results, s -> s.tpot().p99());
            addServing(t, "average ITL", results, s -> s.itl().mean());
            addServing(t, "p99 ITL", results, s -> s.itl().p99());
            addServing(t, "average queueing delay", results, s -> s.queueing().mean());
            addRow(t, "throughput (tokens/s)", results, Summary::tokenThroughput);
            addServing(t, "iterations", results, s -> s.iterations());
            addServing(t, "mean batch size", results, ServingStats::meanBatchSize);
            addServing(t, "mean tokens per iteration", results, ServingStats::meanBatchTokens);
            addServing(t, "KV use mean (%)", results, s -> 100 * s.kvMeanUse());
            addServing(t, "KV use peak (%)", results, s -> 100 * s.kvPeakUse());
            addServing(t, "preemptions", results, s -> s.preemptionsTotal());
            addServing(t, "swapped blocks", results, s -> s.swappedBlocks());
            addServing(t, "truncated jobs", results, s -> s.truncatedJobs());
            addServing(t, "dropped jobs", results, s -> s.droppedJobs());
        }
        return t.toString();
    }

    private static void addServing(TextTable t, String name, List<RunResult> results,
                                   java.util.function.ToDoubleFunction<ServingStats> f) {
        List<String> row = new ArrayList<>(List.of(name));
        for (RunResult r : results) {
            row.add(r.serving() == null ? "-" : TextTable.num(f.applyAsDouble(r.serving())));
        }
        t.row(row.toArray(String[]::new));
    }

    private static void addRow(TextTable t, String name, List<RunResult> results,
                               java.util.function.ToDoubleFunction<Summary> f) {
        List<String> row = new ArrayList<>(List.of(name));
        for (RunResult r : results) {
            row.add(TextTable.num(f.applyAsDouble(r.summary())));
        }
        t.row(row.toArray(String[]::new));
    }
}
