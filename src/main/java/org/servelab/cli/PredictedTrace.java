package org.servelab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servelab.seqsched.BatchSettings;
import org.servelab.seqsched.Predictor;
import org.servelab.seqsched.Query;
import org.servelab.seqsched.QuerySet;
import org.servelab.seqsched.Strategy;
import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceWriter;

/** {@code batch --write-trace}: the queries as a trace, all at t = 0, with predicted lengths. */
final class PredictedTrace {

    private PredictedTrace() {
    }

    static void checkExtension(Path target) {
        if (target != null && !json(target) && !target.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw InputException.parameter("--write-trace", target + ": the name must end in .json or .csv");
        }
    }

    private static boolean json(Path target) {
        return target.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Writes the trace into {@code temp} in the format of {@code target}'s extension, with the predictions (as
     * the predictor made them, not cut at the max length) of the first strategy whose predictor is not vanilla.
     */
    static void write(QuerySet queries, List<Strategy> strategies, BatchSettings settings, Path target,
                      OutputFiles.Output output) throws IOException {
        Predictor predictor = strategies.stream().map(Strategy::predictor)
                .filter(p -> p.kind() != Predictor.Kind.VANILLA).findFirst().orElse(null);
        int[] predicted = predictor == null ? null : predictor.raw(queries, settings.maxLength(), settings.seed());
        List<Job> jobs = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            jobs.add(new Job(q.id(), 0, q.prompt(), q.length(), null, null, predicted == null ? null : predicted[i]));
        }
        Trace trace = new Trace(queries.name(), TimeUnit.MS, jobs, false);
        String text = json(target) ? TraceWriter.toJson(trace) : TraceWriter.toCsv(trace);
        output.write(text);
    }
}
