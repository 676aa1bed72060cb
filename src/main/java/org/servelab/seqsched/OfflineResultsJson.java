package org.servelab.seqsched;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Offline batch results as JSON: {@code {"runs": [{"strategy", settings..., "summary": {...},
 * "predictionQuality": {...}, "batches": [...]}]}}; times in seconds. The layout is in docs/experiments.md.
 */
public final class OfflineResultsJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private OfflineResultsJson() {
    }

    /** Streams the results into {@code out} (not closed). */
    public static void write(List<OfflineResult> runs, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("runs");
            for (OfflineResult r : runs) {
                run(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    private static void run(JsonGenerator g, OfflineResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("queries", r.queries().name());
        g.writeNumberField("count", r.size());
        g.writeStringField("strategy", r.strategy().name());
        g.writeStringField("predictor", r.strategy().predictor().name());
        g.writeBooleanField("vbs", r.strategy().vbs());
        g.writeBooleanField("fcr", r.strategy().fcr());
        g.writeNumberField("groupSize", r.settings().groupSize());
        g.writeNumberField("batchSize", r.settings().batchSize());
        g.writeNumberField("maxLength", r.settings().maxLength());
        g.writeNumberField("seed", r.settings().seed());
        g.writeBooleanField("predictionCost", r.settings().predictionCost().applies(r.strategy().predictor()));
        g.writeStringField("costModel", r.costModel());
        g.writeObjectFieldStart("summary");
        num(g, "throughput", r.throughput());
        num(g, "totalTime", r.totalSeconds());
        num(g, "predictionTime", r.predictionSeconds());
        num(g, "averageLength", r.averageLength());
        num(g, "effectiveTokenRatio", r.effectiveTokenRatio());
        num(g, "failureRatio", r.failureRatio());
        g.writeNumberField("failures", r.failures());
        g.writeNumberField("cut", r.cut());
        g.writeNumberField("batches", r.servingBatches());
        g.writeEndObject();
        g.writeObjectFieldStart("predictionQuality");
        num(g, "meanError", r.quality().meanError());
        num(g, "within50", r.quality().within50());
        num(g, "within100", r.quality().within100());
        g.writeEndObject();
        g.writeArrayFieldStart("batches");
        for (OfflineBatch b : r.batches()) {
            batch(g, r, b);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void batch(JsonGenerator g, OfflineResult r, OfflineBatch b) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", b.index());
        g.writeNumberField("group", b.group());
        g.writeStringField("kind", b.kind().word());
        g.writeNumberField("size", b.size());
        g.writeNumberField("cap", b.cap());
        g.writeNumberField("length", b.length());
        num(g, "start", b.start());
        num(g, "time", b.seconds());
        ids(g, "members", r, b.members());
        ids(g, "failed", r, r.failedFrom(b));
        g.writeEndObject();
    }

    private static void ids(JsonGenerator g, String name, OfflineResult r, int[] queries) throws IOException {
        g.writeArrayFieldStart(name);
        for (int q : queries) {
            g.writeString(r.queries().get(q).id());
        }
        g.writeEndArray();
    }

    private static void num(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }
}
