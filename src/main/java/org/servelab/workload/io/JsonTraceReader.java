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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/**
 * Reads the ServeLab trace JSON. The structure is walked with a streaming parser so that every value
 * keeps the line it was written on; each job object is collected whole before it is checked, so that an
 * error can name the job's id even when the id comes after the bad field, and is dropped once it has
 * become a {@link Job}.
 */
final class JsonTraceReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> TRACE_FIELDS = List.of("name", "timeUnit", "jobs");
    private static final List<String> JOB_FIELDS =
            List.of("id", "arrival", "promptTokens", "outputTokens", "prefillTime", "decodeTime", "predicted");

    private final String source;
    /** Whether the jobs carry arrival times; known once the jobs are read. */
    private boolean hasArrivals;

    private JsonTraceReader(String source) {
        this.source = source;
    }

    static Trace read(String source, String text) {
        // a UTF-8 byte order mark, as some editors write it, is not part of the JSON
        return new JsonTraceReader(source).parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
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
        List<Job> jobs = null;
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
        return new Trace(name == null ? SourceNames.stem(source) : name, unit, jobs, hasArrivals);
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

    /** Reads and checks the jobs one at a time, so that only the finished jobs stay in memory. */
    private List<Job> jobs(JsonParser p, FieldAt at) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw at.error("must be an array of job objects, got " + JsonText.describe(value(p)));
        }
        List<Job> out = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        RawJob first = null;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                int line = line(p);
                throw new FieldAt(source, line, "jobs[" + out.size() + "]", null)
                        .error("must be a job object, got " + JsonText.describe(value(p)));
            }
            RawJob raw = rawJob(p, out.size());
            Job job = job(raw);
            Value id = raw.fields().get("id");
            ids.add(job.id(), new FieldAt(source, id != null ? id.line() : raw.line(), raw.path() + ".id", null));
            if (first == null) {
                first = raw;
            } else if (raw.has("arrival") != first.has("arrival")) {
                throw mixedArrivals(first, raw, job.id());
            }
            out.add(job);
        }
        if (out.isEmpty()) {
            throw at.error("has no jobs: a trace needs at least one");
        }
        hasArrivals = first.has("arrival");
        return out;
    }

    private RawJob rawJob(JsonParser p, int index) throws IOException {
        int start = line(p);
        Map<String, Value> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int line = line(p);
            if (fields.containsKey(name)) {
                throw new FieldAt(source, line, "jobs[" + index + "]." + name, null).error("appears twice");
            }
            p.nextToken();
            fields.put(name, new Value(value(p), line));
        }
        return new RawJob(index, start, fields);
    }

    private InputException mixedArrivals(RawJob first, RawJob other, String otherId) {
        String field = other.path() + ".arrival";
        if (other.has("arrival")) {
            return new FieldAt(source, other.fields().get("arrival").line(), field, otherId)
                    .error("given, but jobs[0] (line " + first.line() + ") has none: give every job an arrival or none");
        }
        return new FieldAt(source, other.line(), field, otherId)
                .error("missing, but jobs[0] (line " + first.line() + ") has one: give every job an arrival or none");
    }

    private Job job(RawJob raw) {
        String id = id(raw);
        for (Map.Entry<String, Value> e : raw.fields().entrySet()) {
            if (!JOB_FIELDS.contains(e.getKey())) {
                throw at(raw, e.getKey(), id).error(JsonText.unknownField(e.getKey(), JOB_FIELDS, "a job"));
            }
        }
        Double prefill = optionalTime(raw, "prefillTime", id);
        Double decode = optionalTime(raw, "decodeTime", id);
        int prompt = raw.has("promptTokens") || prefill == null || decode == null
                ? whole(raw, "promptTokens", id, 0, "it may be left out only when the job gives both prefillTime and decodeTime")
                : 0;
        int output = whole(raw, "outputTokens", id, 1, "every job needs one");
        double arrival = raw.has("arrival") ? at(raw, "arrival", id).nonNegative(number(raw, "arrival", id)) : 0;
        if (prefill != null && decode != null) {
            at(raw, "decodeTime", id).service(prefill, decode, output);
        }
        Integer predicted = raw.has("predicted") ? at(raw, "predicted", id).whole(number(raw, "predicted", id), 1) : null;
        return new Job(id, arrival, prompt, output, prefill, decode, predicted);
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
            throw at(raw, "id", null).error("must be a text, got " + JsonText.describe(v.node()));
        }
        if (v.node().asText().isBlank()) {
            throw at(raw, "id", null).error("must not be blank");
        }
        return v.node().asText();
    }

    private Double optionalTime(RawJob raw, String name, String id) {
        return raw.has(name) ? at(raw, name, id).positive(number(raw, name, id)) : null;
    }

    private int whole(RawJob raw, String name, String id, int min, String whyRequired) {
        if (!raw.fields().containsKey(name)) {
            throw new FieldAt(source, raw.line(), raw.path() + "." + name, id).error("missing: " + whyRequired);
        }
        return at(raw, name, id).whole(number(raw, name, id), min);
    }

    private double number(RawJob raw, String name, String id) {
        JsonNode node = raw.fields().get(name).node();
        if (!node.isNumber()) {
            throw at(raw, name, id).error("must be a number, got " + JsonText.describe(node));
        }
        return node.doubleValue();
    }

    /** Where the job's field was written; {@code id} is the job's id for the message, or {@code null}. */
    private FieldAt at(RawJob raw, String name, String id) {
        return new FieldAt(source, raw.fields().get(name).line(), raw.path() + "." + name, id);
    }

    /**
     * The value at the current token. Scalars are built directly: going through the mapper for each of
     * millions of values would cost a deserialization context apiece.
     */
    private static JsonNode value(JsonParser p) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.INT ? f.numberNode(p.getIntValue())
                    : f.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDoubleValue());
            case VALUE_STRING -> f.textNode(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> f.booleanNode(p.getBooleanValue());
            case VALUE_NULL -> f.nullNode();
            default -> MAPPER.readTree(p);
        };
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** A job's value as written, with the line it was written on. */
    private record Value(JsonNode node, int line) {
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
