package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** The token log's lines, written byte by byte: each reads as the line the same values make as text. */
class TokenLogSinkTest {

    private final TimedTrace trace = TimedTrace.explicit(new Trace("t", TimeUnit.MS, List.of(
            new Job("J1", 0.0, 3, 2, 1.0, 1.0), new Job("a,b", 0.0, 3, 2, 1.0, 1.0),
            new Job("say \"hi\"", 0.0, 3, 2, 1.0, 1.0))));

    private static final double[] TIMES = {0, 3, 10.518216, 0.001, 719.370954, 1e7, 12345678.5, 2147483648.0,
        1e-7, 1e20, Double.NaN};
    private static final int[] TOKENS = {1, 9, 10, 99, 100, 999_999, 1_000_000, 123_456_789, Integer.MAX_VALUE};
    private static final int[] LEVELS = {0, 1, 8, 9, 63, 98, 99, -2, -11, -1000};

    @Test
    void eachLineHoldsThePolicyTheTimeTheIdTheTokenAndTheQueue() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TokenLogSink sink = new TokenLogSink(bytes, trace, TokenLogSink.ids(trace), "skip-join-mlfq");
        List<String> expected = new ArrayList<>();
        int k = 0;
        for (double time : TIMES) {
            for (int token : TOKENS) {
                int job = k % 3;
                int level = LEVELS[k++ % LEVELS.length];
                sink.token(time, job, token, level);
                expected.add(line("skip-join-mlfq", time, job, token, level));
            }
        }
        sink.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n", -1))
                .containsExactlyElementsOf(withEnd(expected));
    }

    @Test
    void aWriterGetsTheSameLines() throws IOException {
        StringWriter out = new StringWriter();
        TokenLogSink sink = new TokenLogSink(out, trace, TokenLogSink.ids(trace), "fcfs", false);
        sink.token(10.518216, 1, 12, 0);
        sink.token(12345678.5, 2, 1_000_000, 3);
        sink.flush();
        assertThat(out.toString()).isEqualTo("fcfs,10.518216,\"a,b\",12,Q1\n"
                + "fcfs,1.23456785E7,\"say \"\"hi\"\"\",1000000,Q4\n");
    }

    /** The line as text: the time as Java writes a double unless whole, the id quoted as CSV needs. */
    private String line(String policy, double time, int job, int token, int level) {
        String t = Double.isNaN(time) ? "" : time == Math.rint(time) && Math.abs(time) < 1e15
                ? Long.toString((long) time) : Double.toString(time);
        String id = trace.id(job);
        String field = id.contains(",") || id.contains("\"") ? "\"" + id.replace("\"", "\"\"") + "\"" : id;
        return policy + "," + t + "," + field + "," + token + ",Q" + (level + 1);
    }

    private static List<String> withEnd(List<String> lines) {
        List<String> all = new ArrayList<>(lines);
        all.add("");
        return all;
    }
}
