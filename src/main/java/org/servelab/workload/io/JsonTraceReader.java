package org.servelab.workload.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/**
 * Reads the ServeLab trace JSON. The structure is walked with a streaming parser so that every value
 * keeps the line it was written on; each job object is collected whole before it is checked, so that an
 * error can name the job's id even when the id comes after the bad field.
 */
final class JsonTraceReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> TRACE_FIELDS = List.of("name", "timeUnit", "jobs");
    private static final List<String> JOB_FIELDS =
            List.of("id", "arrival", "promptTokens", "outputTokens", "prefillTime", "decodeTime");

    private final String source;

    private JsonTraceReader(String source) {
        this.source = source;
    }

    static Trace read(String source, String text) {
        return new JsonTraceReader(source).parse(text);
    }

    private Trace parse(String text) {
        try (JsonParser p = MAPPER.createParser(text)) {
            return trace(p);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source, line, JsonText.path(e), "malformed JSON: " + JsonText.shortReason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Trace trace(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new InputException(source, 0, null, "the file is empty");
        }
        int line = line(p);
        if (t != JsonToken.START_OBJECT) {
            throw new InputException(source, line, null,
                    "expected a trace object {\"jobs\": [...]}, found " + JsonText.describe(value(p)));
        }
        String name = null;
        TimeUnit unit = TimeUnit.MS;
        List<RawJob> jobs = null;
        List<String> seen = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            FieldAt at = new FieldAt(source, line(p), field, null);
            if (seen.contains(field)) {
                throw at.error("appears twice");
            }
            seen.add(field);
            p.nextToken();
            switch (field) {
                case "name" -> name = name(value(p), at);
                case "timeUnit" -> unit = timeUnit(value(p), at);
                case "jobs" -> jobs = jobs(p, at);
                default -> throw at.error(JsonText.unknownField(field, TRACE_FIELDS, "a trace"));
            }
        }
        if (p.nextToken() != null) {
            throw new InputException(source, line(p), null, "unexpected content after the trace object");
        }
        if (jobs == null) {
            throw new InputException(source, line, "jobs", "missing: a trace needs a \"jobs\" array");
        }
        return build(name == null ? SourceNames.stem(source) : name, unit, jobs);
    }

    private String name(JsonNode node, FieldAt at) {
        if (JsonText.isAbsent(node)) {
            return null;
        }
        if (!node.isTextual()) {
            throw at.error("must be a text, got " + JsonText.describe(node));
        }
        return node.asText().isBlank() ? null : node.asText();
    }

    private TimeUnit timeUnit(JsonNode node, FieldAt at) {
        if (JsonText.isAbsent(node)) {
            return TimeUnit.MS;
        }
        TimeUnit unit = node.isTextual() ? TimeUnit.fromSymbol(node.asText()) : null;
        if (unit == null) {
            throw at.error("must be \"us\", \"ms\" or \"s\", got " + JsonText.describe(node));
        }
        return unit;
    }

    private List<RawJob> jobs(JsonParser p, FieldAt at) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw at.error("must be an array of job objects, got " + JsonText.describe(value(p)));
        }
        List<RawJob> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                int line = line(p);
                throw new FieldAt(source, line, "jobs[" + out.size() + "]", null)
                        .error("must be a job object, got " + JsonText.describe(value(p)));
            }
            out.add(rawJob(p, out.size()));
        }
        if (out.isEmpty()) {
            throw at.error("has no jobs: a trace needs at least one");
        }
        return out;
    }

    private RawJob rawJob(JsonParser p, int index) throws IOException {
        int start = line(p);
        String path = "jobs[" + index + "]";
        Map<String, Value> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            FieldAt at = new FieldAt(source, line(p), path + "." + name, null);
            if (fields.containsKey(name)) {
                throw at.error("appears twice");
            }
            p.nextToken();
            fields.put(name, new Value(value(p), at));
        }
        return new RawJob(index, start, fields);
    }

    private Trace build(String name, TimeUnit unit, List<RawJob> raws) {
        List<Job> jobs = new ArrayList<>(raws.size());
        UniqueIds ids = new UniqueIds();
        for (RawJob raw : raws) {
            Job job = job(raw);
            Value id = raw.fields().get("id");
            ids.add(job.id(), id != null ? id.at() : new FieldAt(source, raw.line(), raw.path() + ".id", null));
            jobs.add(job);
        }
        boolean hasArrivals = raws.get(0).has("arrival");
        for (int k = 1; k < raws.size(); k++) {
            if (raws.get(k).has("arrival") != hasArrivals) {
                throw mixedArrivals(raws.get(0), raws.get(k), jobs.get(k).id());
            }
        }
        return new Trace(name, unit, jobs, hasArrivals);
    }

    private InputException mixedArrivals(RawJob first, RawJob other, String otherId) {
        String field = other.path() + ".arrival";
        if (other.has("arrival")) {
            return new FieldAt(source, other.fields().get("arrival").at().line(), field, otherId)
                    .error("given, but jobs[0] (line " + first.line() + ") has none: give every job an arrival or none");
        }
        return new FieldAt(source, other.line(), field, otherId)
                .error("missing, but jobs[0] (line " + first.line() + ") has one: give every job an arrival or none");
    }

    private Job job(RawJob raw) {
        String id = id(raw);
        for (Map.Entry<String, Value> e : raw.fields().entrySet()) {
            if (!JOB_FIELDS.contains(e.getKey())) {
                throw at(e.getValue(), id).error(JsonText.unknownField(e.getKey(), JOB_FIELDS, "a job"));
            }
        }
        Double prefill = optionalTime(raw, "prefillTime", id);
        Double decode = optionalTime(raw, "decodeTime", id);
        int prompt = raw.has("promptTokens") || prefill == null || decode == null
                ? whole(raw, "promptTokens", id, 0, "it may be left out only when the job gives both prefillTime and decodeTime")
                : 0;
        int output = whole(raw, "outputTokens", id, 1, "every job needs one");
        Value arrival = raw.present("arrival");
        double a = arrival == null ? 0 : at(arrival, id).nonNegative(number(arrival, id));
        return new Job(id, a, prompt, output, prefill, decode);
    }

    private String id(RawJob raw) {
        Value v = raw.present("id");
        if (v == null) {
            return "J" + (raw.index() + 1);
        }
        if (v.node().isIntegralNumber()) {
            return v.node().asText();
        }
        if (!v.node().isTextual()) {
            throw v.at().error("must be a text, got " + JsonText.describe(v.node()));
        }
        if (v.node().asText().isBlank()) {
            throw v.at().error("must not be blank");
        }
        return v.node().asText();
    }

    private Double optionalTime(RawJob raw, String name, String id) {
        Value v = raw.present(name);
        return v == null ? null : at(v, id).positive(number(v, id));
    }

    private int whole(RawJob raw, String name, String id, int min, String whyRequired) {
        Value v = raw.fields().get(name);
        if (v == null) {
            throw new FieldAt(source, raw.line(), raw.path() + "." + name, id).error("missing: " + whyRequired);
        }
        return at(v, id).whole(number(v, id), min);
    }

    private double number(Value v, String id) {
        if (!v.node().isNumber()) {
            throw at(v, id).error("must be a number, got " + JsonText.describe(v.node()));
        }
        return v.node().doubleValue();
    }

    private static FieldAt at(Value v, String id) {
        FieldAt at = v.at();
        return new FieldAt(at.source(), at.line(), at.field(), id);
    }

    private static JsonNode value(JsonParser p) throws IOException {
        return MAPPER.readTree(p);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** A job's value as written, with where it was written. */
    private record Value(JsonNode node, FieldAt at) {
    }

    /** A job object as written: its position, the line it starts on, and its fields in written order. */
    private record RawJob(int index, int line, Map<String, Value> fields) {

        String path() {
            return "jobs[" + index + "]";
        }

        /** The field's value, or {@code null} when it is missing or written as {@code null}. */
        Value present(String name) {
            Value v = fields.get(name);
            return v == null || JsonText.isAbsent(v.node()) ? null : v;
        }

        boolean has(String name) {
            return present(name) != null;
        }
    }
}
