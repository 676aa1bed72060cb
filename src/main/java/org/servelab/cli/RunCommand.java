package org.servelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.servelab.engine.Engine;
import org.servelab.engine.event.EventSink;
import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.Summary;
import org.servelab.metrics.io.ResultsCsv;
import org.servelab.metrics.io.ResultsJson;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.InputException;
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
    EngineOptions engineOptions = new EngineOptions();

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

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        checkPerJob();
        PrintWriter out = spec.commandLine().getOut();
        TimedTrace trace = traceOptions.load();
        List<SchedulingPolicy> policies = policyOptions.create();
        Engine engine = engineOptions.create();

        try (OutputFiles files = new OutputFiles(traceOptions.inputs(), out)) {
            OutputFiles.Output json = files.stage("--results", resultsJson);
            OutputFiles.Output csv = files.stage("--results-csv", resultsCsv);
            OutputFiles.Output tokenOut = files.stageLog("--token-log", tokenLog == null ? null : Path.of(tokenLog));
            OutputFiles.Output eventsOut = files.stage("--events", eventsFile);
            boolean live = tokenOut != null && tokenOut.console() && engineOptions.speed != null;
            List<RunResult> results;
            try (Writer tokens = tokenOut == null ? null : tokenOut.writer();
                 Writer events = eventsOut == null ? null : eventsOut.writer()) {
                results = runAll(trace, policies, engine, tokens, live, events);
            }
            printReport(files.report(spec.commandLine().getErr()), trace, results);
            if (json != null) {
                json.write(ResultsJson.write(results));
            }
            if (csv != null) {
                csv.write(ResultsCsv.write(results));
            }
            files.commit();
        }
        out.flush();
        return 0;
    }

    private void checkPerJob() {
        if (!List.of("auto", "always", "never").contains(perJob)) {
            throw InputException.parameter("--per-job", "must be auto, always or never, got " + perJob);
        }
    }

    private static List<RunResult> runAll(TimedTrace trace, List<SchedulingPolicy> policies, Engine engine,
                                          Writer tokenLog, boolean live, Writer events)
            throws IOException, InterruptedException {
        if (tokenLog != null) {
            tokenLog.write(TokenLogSink.HEADER + "\n");
        }
        List<RunResult> results = new ArrayList<>();
        for (SchedulingPolicy p : policies) {
            EventSink sink = EventSink.tee(tokenLog == null ? null : new TokenLogSink(tokenLog, trace, p.name(), live),
                    events == null ? null : new EventLogSink(events, trace, p.name()));
            results.add(engine.run(trace, p, sink));
        }
        if (tokenLog != null) {
            tokenLog.flush();
        }
        return results;
    }

    private void printReport(PrintWriter out, TimedTrace trace, List<RunResult> results) {
        String unit = trace.timeUnit().symbol();
        out.printf("Trace %s: %d jobs, times in %s, iteration times from %s%n", trace.name(), trace.size(), unit,
                trace.costModelName());
        for (RunResult r : results) {
            out.println("  " + r.description());
        }
        out.println();
        boolean jobs = "always".equals(perJob) || ("auto".equals(perJob) && trace.size() <= MAX_JOBS_PRINTED);
        if (jobs) {
            TextTable t = new TextTable();
            List<String> head = new ArrayList<>(List.of("job", "arrival", "prompt", "tokens", "service"));
            for (RunResult r : results) {
                head.add(r.policy() + " JCT");
            }
            t.row(head.toArray(String[]::new));
            for (int j = 0; j < trace.size(); j++) {
                List<String> row = new ArrayList<>(List.of(trace.id(j), TextTable.num(trace.arrival(j)),
                        String.valueOf(trace.promptTokens(j)), String.valueOf(trace.outputTokens(j)),
                        TextTable.num(trace.serviceTime(j))));
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
        return t.toString();
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
