package org.servelab.metrics.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

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
                run(g, r);
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

    private static void run(JsonGenerator g, RunResult r) throws IOException {
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
        for (int i = 0; i < r.jobs().size(); i++) {
            JobResult j = r.jobs().get(i);
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
