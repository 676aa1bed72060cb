package org.servelab.engine.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.servelab.workload.TimedTrace;

/**
 * Events as JSON lines, one object per event: {@code {"type": "JobDemoted", "time": 1.0, "job": "J2",
 * "from": 1, "to": 2}}. Jobs are written by id; levels as 1-based queue numbers (1 is Q1), as the user
 * reads them. Each event type is written field by field, straight into the output stream. Used for
 * golden traces and {@code run --events}; the layout is in docs/metrics.md.
 */
public final class EventJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private EventJson() {
    }

    /** A generator writing one event object per line into {@code out} (not closing it). */
    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        g.setRootValueSeparator(null);
        return g;
    }

    /** Writes one event as a JSON object (no line break), with {@code policy} last when not null. */
    public static void write(JsonGenerator g, SimEvent e, TimedTrace trace, String policy) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.getClass().getSimpleName());
        g.writeNumberField("time", e.time());
        if (e.job() >= 0) {
            g.writeStringField("job", trace.id(e.job()));
        }
        fields(g, e, trace);
        if (policy != null) {
            g.writeStringField("policy", policy);
        }
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, SimEvent e, TimedTrace trace) throws IOException {
        if (e instanceof JobJoinedQueue) {
            g.writeNumberField("queue", ((JobJoinedQueue) e).level() + 1);
        } else if (e instanceof JobDispatched) {
            JobDispatched d = (JobDispatched) e;
            g.writeNumberField("queue", d.level() + 1);
            g.writeNumberField("firstToken", d.firstToken());
            g.writeNumberField("iterations", d.iterations());
            g.writeNumberField("end", d.end());
        } else if (e instanceof IterationStarted) {
            IterationStarted s = (IterationStarted) e;
            g.writeNumberField("token", s.token());
            g.writeNumberField("queue", s.level() + 1);
            g.writeNumberField("duration", s.duration());
        } else if (e instanceof TokenGenerated) {
            TokenGenerated t = (TokenGenerated) e;
            g.writeNumberField("token", t.token());
            g.writeNumberField("queue", t.level() + 1);
        } else if (e instanceof JobDemoted) {
            JobDemoted d = (JobDemoted) e;
            g.writeNumberField("from", d.from() + 1);
            g.writeNumberField("to", d.to() + 1);
        } else if (e instanceof JobPromoted) {
            JobPromoted p = (JobPromoted) e;
            g.writeNumberField("from", p.from() + 1);
            g.writeNumberField("to", p.to() + 1);
        } else if (e instanceof JobFinished) {
            g.writeNumberField("jct", ((JobFinished) e).jct());
        } else if (e instanceof RunFinished) {
            g.writeNumberField("jobs", ((RunFinished) e).jobs());
        } else if (e instanceof BatchStarted) {
            batch(g, (BatchStarted) e, trace);
        } else if (e instanceof JobPreempted) {
            JobPreempted p = (JobPreempted) e;
            g.writeStringField("mode", p.swapped() ? "swap" : "recompute");
            g.writeNumberField("blocks", p.blocks());
        } else if (e instanceof JobSwappedIn) {
            g.writeNumberField("blocks", ((JobSwappedIn) e).blocks());
        } else if (e instanceof JobDropped) {
            g.writeStringField("reason", ((JobDropped) e).reason());
        } else if (e instanceof JobTruncated) {
            g.writeNumberField("tokens", ((JobTruncated) e).tokens());
        }
    }

    private static void batch(JsonGenerator g, BatchStarted b, TimedTrace trace) throws IOException {
        g.writeNumberField("end", b.end());
        g.writeNumberField("kvUsed", b.kvUsed());
        if (b.kvBlocks() > 0) {
            g.writeNumberField("kvBlocks", b.kvBlocks());
        }
        g.writeArrayFieldStart("members");
        for (int i = 0; i < b.size(); i++) {
            g.writeStartObject();
            g.writeStringField("job", trace.id(b.jobs()[i]));
            g.writeStringField("work", b.kinds()[i] == BatchStarted.CHUNK ? "prefill"
                    : b.kinds()[i] == BatchStarted.DECODE ? "decode" : "padding");
            g.writeNumberField("tokens", b.tokens()[i]);
            g.writeNumberField("queue", b.levels()[i] + 1);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** One event as a one-line JSON string. */
    public static String line(SimEvent e, TimedTrace trace) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = generator(w)) {
            write(g, e, trace, null);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    /** One JSON object per line. */
    public static String lines(List<SimEvent> events, TimedTrace trace) {
        StringBuilder sb = new StringBuilder();
        for (SimEvent e : events) {
            sb.append(line(e, trace)).append('\n');
        }
        return sb.toString();
    }
}
