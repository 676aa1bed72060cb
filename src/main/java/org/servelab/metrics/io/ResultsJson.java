package org.servelab.metrics.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultIndenter;

import org.servelab.metrics.Distribution;
import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.ServingStats;
import org.servelab.metrics.Summary;
import org.servelab.workload.Decimals;

/**
 * Results as JSON: {@code {"runs": [{"policy", parameters..., "jobs": [...], "summary": {...}}]}}, jobs in
 * trace order, streamed into the output as they are written. A time that does not exist (the first token
 * of a dropped job) is {@code null}. Batching runs add per-job and summary fields; the layout is
 * documented in {@code docs/metrics.md}.
 */
public final class ResultsJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final ThreadLocal<char[]> NUMBER = ThreadLocal.withInitial(() -> new char[32]);

    private ResultsJson() {
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

    /** Streams the results into {@code out} (not closed). */
    public static void write(List<RunResult> runs, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("runs");
            for (RunResult r : runs) {
                run(g, r, out);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    private static void num(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            // the text writeNumberField(name, v) writes, without its general conversion for times on the grid
            char[] buf = NUMBER.get();
            g.writeFieldName(name);
            g.writeNumber(buf, 0, Decimals.javaString(v, buf, 0));
        } else {
            g.writeNullField(name);
        }
    }

    private static void job(JsonGenerator g, JobResult j, ServingStats s, int i) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", j.id());
        num(g, "arrival", j.arrival());
        num(g, "firstToken", j.firstToken());
        num(g, "finish", j.finish());
        num(g, "jct", j.jct());
        num(g, "ttft", j.ttft());
        g.writeNumberField("outputTokens", j.outputTokens());
        num(g, "serviceTime", j.serviceTime());
        if (s != null) {
            num(g, "queueingDelay", s.queueingDelay()[i]);
            g.writeNumberField("preemptions", s.preemptions()[i]);
            g.writeBooleanField("truncated", s.truncated()[i]);
            g.writeBooleanField("dropped", s.dropped()[i]);
        }
        g.writeEndObject();
    }

    /**
     * Job objects after the first, as {@link #job} writes them through the default pretty printer: ", {",
     * each field on its own line at depth 3 ({@code "name" : value}), the closing brace at depth 2. Ids
     * that need escaping are escaped by Jackson's encoder, as the generator does.
     */
    private static final class JobsText {
        private static final String EOL = DefaultIndenter.SYS_LF;
        private static final char[] FIELD = (EOL + "      ").toCharArray();
        private static final char[] END = (EOL + "    }").toCharArray();

        private final Writer out;
        private char[] buf = new char[1 << 16];
        private int length;

        JobsText(Writer out) {
            this.out = out;
        }

        void job(JobResult j, ServingStats s, int i) throws IOException {
            if (length > buf.length - 1024) {
                flush();
            }
            append(", {");
            field("id", true);
            string(j.id());
            num("arrival", j.arrival());
            num("firstToken", j.firstToken());
            num("finish", j.finish());
            num("jct", j.jct());
            num("ttft", j.ttft());
            field("outputTokens", false);
            whole(j.outputTokens());
            num("serviceTime", j.serviceTime());
            if (s != null) {
                num("queueingDelay", s.queueingDelay()[i]);
                field("preemptions", false);
                whole(s.preemptions()[i]);
                field("truncated", false);
                append(s.truncated()[i] ? "true" : "false");
                field("dropped", false);
                append(s.dropped()[i] ? "true" : "false");
            }
            room(END.length);
            System.arraycopy(END, 0, buf, length, END.length);
            length += END.length;
        }

        private void field(String name, boolean first) {
            room(FIELD.length + name.length() + 8);
            if (!first) {
                buf[length++] = ',';
            }
            System.arraycopy(FIELD, 0, buf, length, FIELD.length);
            length += FIELD.length;
            buf[length++] = '"';
            name.getChars(0, name.length(), buf, length);
            length += name.length();
            buf[length++] = '"';
            buf[length++] = ' ';
            buf[length++] = ':';
            buf[length++] = ' ';
        }

        private void num(String name, double v) {
            field(name, false);
            if (Double.isFinite(v)) {
                room(32);
                length = Decimals.javaString(v, buf, length);
            } else {
                append("null");
            }
        }

        private void whole(int v) {
            append(Integer.toString(v));
        }

        private void string(String v) {
            boolean plain = true;
            for (int k = 0; k < v.length() && plain; k++) {
                char c = v.charAt(k);
                plain = c >= 0x20 && c != '"' && c != '\\';
            }
            buf[length++] = '"';
            append(plain ? v : new String(JsonStringEncoder.getInstance().quoteAsString(v)));
            room(1);
            buf[length++] = '"';
        }

        private void append(String t) {
            room(t.length());
            t.getChars(0, t.length(), buf, length);
            length += t.length();
        }

        private void room(int n) {
            if (length + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
            }
        }

        void flush() throws IOException {
            out.write(buf, 0, length);
            length = 0;
        }
    }

    private static void run(JsonGenerator g, RunResult r, Writer out) throws IOException {
        g.writeStartObject();
        g.writeStringField("trace", r.trace());
        g.writeStringField("timeUnit", r.timeUnit());
        g.writeStringField("policy", r.policy());
        g.writeStringField("description", r.description());
        g.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                g.writeNullField(e.getKey());
            } else if (v instanceof Integer || v instanceof Long) {
                g.writeNumberField(e.getKey(), ((Number) v).longValue());
            } else if (v instanceof Number) {
                num(g, e.getKey(), ((Number) v).doubleValue());
            } else {
                g.writeStringField(e.getKey(), v.toString());
            }
        }
        g.writeEndObject();
        g.writeNumberField("decisions", r.decisions());
        ServingStats s = r.serving();
        g.writeArrayFieldStart("jobs");
        int n = r.jobs().size();
        if (n > 0) {
            job(g, r.jobs().get(0), s, 0);
            if (n > 1) {
                // the generator has written the first job, so the array's state (a value written) is right;
                // the others go straight into the output in the generator's layout, much faster
                g.flush();
                JobsText text = new JobsText(out);
                for (int i = 1; i < n; i++) {
                    text.job(r.jobs().get(i), s, i);
                }
                text.flush();
            }
        }
        g.writeEndArray();
        summary(g, r.summary(), s);
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, Summary s, ServingStats b) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("jobs", s.jobs());
        num(g, "averageJct", s.averageJct());
        num(g, "p50Jct", s.p50Jct());
        num(g, "p90Jct", s.p90Jct());
        num(g, "p99Jct", s.p99Jct());
        num(g, "maxJct", s.maxJct());
        num(g, "averageTtft", s.averageTtft());
        num(g, "p99Ttft", s.p99Ttft());
        num(g, "averageSlowdown", s.averageSlowdown());
        num(g, "makespan", s.makespan());
        num(g, "throughput", s.throughput());
        num(g, "tokenThroughput", s.tokenThroughput());
        if (b != null) {
            distribution(g, "ttft", b.ttft());
            distribution(g, "tpot", b.tpot());
            distribution(g, "queueingDelay", b.queueing());
            distribution(g, "preemptionsPerJob", b.preemptionsPerJob());
            distribution(g, "itl", b.itl());
            g.writeNumberField("iterations", b.iterations());
            num(g, "meanBatchSize", b.meanBatchSize());
            num(g, "meanBatchTokens", b.meanBatchTokens());
            if (b.kvBlocks() > 0) {
                g.writeNumberField("kvBlocks", b.kvBlocks());
            } else {
                g.writeNullField("kvBlocks");
            }
            num(g, "kvMeanUse", b.kvMeanUse());
            num(g, "kvPeakUse", b.kvPeakUse());
            g.writeNumberField("kvPeakBlocks", b.kvPeakBlocks());
            g.writeNumberField("preemptions", b.preemptionsTotal());
            g.writeNumberField("swappedBlocks", b.swappedBlocks());
            g.writeNumberField("truncatedJobs", b.truncatedJobs());
            g.writeNumberField("droppedJobs", b.droppedJobs());
            num(g, "busyTime", b.busyTime());
        }
        g.writeEndObject();
    }

    private static void distribution(JsonGenerator g, String name, Distribution d) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("count", d.count());
        num(g, "mean", d.mean());
        num(g, "p50", d.p50());
        num(g, "p90", d.p90());
        num(g, "p99", d.p99());
        num(g, "max", d.max());
        g.writeEndObject();
    }
}
