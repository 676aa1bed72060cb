package org.servelab.metrics.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.ServingStats;
import org.servelab.workload.io.Csv;

/**
 * Per-job results as one tidy CSV table (one row per run and job), for spreadsheets and pandas. When any
 * run is a batching run, the batching columns follow (empty for batch-size-1 runs).
 */
public final class ResultsCsv {

    /** The policy parameters, one column each, empty where a policy has none (FCFS, SRPT). */
    static final List<String> PARAMETERS = List.of("queues", "quantum", "quantumRate", "accounting", "starveLimit");

    /** The batching parameters, one column each. */
    static final List<String> BATCH_PARAMETERS = List.of("batching", "maxBatch", "maxBatchTokens", "costModel",
            "blockSize", "kvBlocks", "preemption");

    public static final String HEADER = "trace,policy," + String.join(",", PARAMETERS)
            + ",id,arrival,firstToken,finish,jct,ttft,outputTokens,serviceTime";

    public static final String BATCH_HEADER = HEADER + "," + String.join(",", BATCH_PARAMETERS)
            + ",queueingDelay,preemptions,truncated,dropped";

    private ResultsCsv() {
    }

    public static String write(List<RunResult> runs) {
        StringWriter w = new StringWriter();
        try {
            write(runs, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Streams the table into {@code out} (not closed). */
    public static void write(List<RunResult> runs, Writer out) throws IOException {
        boolean batching = runs.stream().anyMatch(r -> r.serving() != null);
        out.write(batching ? BATCH_HEADER : HEADER);
        out.write('\n');
        StringBuilder sb = new StringBuilder(256);
        for (RunResult r : runs) {
            String params = cells(r, PARAMETERS);
            String batchParams = batching ? cells(r, BATCH_PARAMETERS) : null;
            ServingStats s = r.serving();
            for (int i = 0; i < r.jobs().size(); i++) {
                JobResult j = r.jobs().get(i);
                sb.setLength(0);
                sb.append(Csv.field(r.trace())).append(',').append(r.policy()).append(',').append(params).append(',')
                        .append(Csv.field(j.id())).append(',')
                        .append(Csv.number(j.arrival())).append(',').append(Csv.number(j.firstToken())).append(',')
                        .append(Csv.number(j.finish())).append(',').append(Csv.number(j.jct())).append(',')
                        .append(Csv.number(j.ttft())).append(',').append(j.outputTokens()).append(',')
                        .append(Csv.number(j.serviceTime()));
                if (batching) {
                    sb.append(',').append(batchParams).append(',');
                    if (s != null) {
                        sb.append(Csv.number(s.queueingDelay()[i])).append(',').append(s.preemptions()[i]).append(',')
                                .append(s.truncated()[i]).append(',').append(s.dropped()[i]);
                    } else {
                        sb.append(",,,");
                    }
                }
                out.append(sb).append('\n');
            }
        }
    }

    private static String cells(RunResult r, List<String> names) {
        java.util.StringJoiner cells = new java.util.StringJoiner(",");
        for (String name : names) {
            Object v = r.parameters().get(name);
            cells.add(v instanceof Number ? Csv.number(((Number) v).doubleValue()) : v == null ? "" : Csv.field(v.toString()));
        }
        return cells.toString();
    }
}
