package org.servelab.metrics.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.ServingStats;
import org.servelab.workload.Decimals;
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
        Row row = new Row();
        for (RunResult r : runs) {
            String prefix = Csv.field(r.trace()) + ',' + r.policy() + ',' + cells(r, PARAMETERS) + ',';
            String batchParams = batching ? ',' + cells(r, BATCH_PARAMETERS) + ',' : null;
            ServingStats s = r.serving();
            for (int i = 0; i < r.jobs().size(); i++) {
                JobResult j = r.jobs().get(i);
                String id = Csv.field(j.id());
                row.start(prefix.length() + id.length() + (batchParams == null ? 0 : batchParams.length()));
                row.text(prefix).text(id).comma()
                        .number(j.arrival()).comma().number(j.firstToken()).comma()
                        .number(j.finish()).comma().number(j.jct()).comma()
                        .number(j.ttft()).comma().whole(j.outputTokens()).comma()
                        .number(j.serviceTime());
                if (batching) {
                    row.text(batchParams);
                    if (s != null) {
                        row.number(s.queueingDelay()[i]).comma().whole(s.preemptions()[i]).comma()
                                .text(String.valueOf(s.truncated()[i])).comma().text(String.valueOf(s.dropped()[i]));
                    } else {
                        row.text(",,,");
                    }
                }
                row.newline();
                out.write(row.chars, 0, row.length);
            }
        }
    }

    /** One line of the table, built in a reused array: numbers are written without intermediate strings. */
    private static final class Row {
        /** Room for the fixed part of a line: at most 9 numbers of 26 characters, separators, booleans. */
        private static final int NUMBERS = 320;
        char[] chars = new char[1024];
        int length;

        void start(int text) {
            if (chars.length < text + NUMBERS) {
                chars = new char[text + NUMBERS];
            }
            length = 0;
        }

        Row text(String s) {
            s.getChars(0, s.length(), chars, length);
            length += s.length();
            return this;
        }

        Row comma() {
            chars[length++] = ',';
            return this;
        }

        /** As {@link Csv#number(double)}: empty when not finite. */
        Row number(double v) {
            if (Double.isFinite(v)) {
                length = Decimals.exact(v, chars, length);
            }
            return this;
        }

        Row whole(long v) {
            length = Decimals.exact((double) v, chars, length);
            return this;
        }

        void newline() {
            chars[length++] = '\n';
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
