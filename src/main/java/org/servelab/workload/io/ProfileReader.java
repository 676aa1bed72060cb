package org.servelab.workload.io;

import org.servelab.cost.ProfileCostModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.servelab.workload.InputException;
import org.servelab.workload.TimeUnit;

/**
 * Reads a cost profile JSON (see {@link CostModels}). Values are read with a streaming parser so that
 * each keeps its line for error messages.
 */
final class ProfileReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> FIELDS = List.of("name", "timeUnit", "inputLengths", "prefill", "decode");
    private static final List<String> ARRAYS = List.of("inputLengths", "prefill", "decode");

    private final String source;
    private final Map<String, Located> scalars = new HashMap<>();
    private final Map<String, LocatedArray> arrays = new HashMap<>();

    private ProfileReader(String source) {
        this.source = source;
    }

    static ProfileCostModel read(String source, String text) {
        ProfileReader r = new ProfileReader(source);
        int line = r.parse(text);
        return r.build(line);
    }

    /** Collects the fields; returns the line the object starts on. */
    private int parse(String text) {
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InputException(source, 0, null, "the file is empty");
            }
            int start = line(p);
            if (t != JsonToken.START_OBJECT) {
                throw new InputException(source, start, null, "expected a profile object {\"inputLengths\": [...], "
                        + "\"prefill\": [...], \"decode\": [...]}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                field(p);
            }
            if (p.nextToken() != null) {
                throw new InputException(source, line(p), null, "unexpected content after the profile object");
            }
            return start;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source, line, null, "malformed JSON: " + shortReason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(JsonParser p) throws IOException {
        String name = p.currentName();
        int line = line(p);
        if (!FIELDS.contains(name)) {
            throw new InputException(source, line, name, "unknown field; a profile has only " + String.join(", ", FIELDS));
        }
        if (scalars.containsKey(name) || arrays.containsKey(name)) {
            throw new InputException(source, line, name, "appears twice");
        }
        JsonToken t = p.nextToken();
        if (!ARRAYS.contains(name)) {
            scalars.put(name, new Located(MAPPER.readTree(p), line));
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new InputException(source, line, name, "must be an array of numbers, got " + describe(MAPPER.readTree(p)));
        }
        List<Located> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int at = line(p);
            values.add(new Located(MAPPER.readTree(p), at));
        }
        arrays.put(name, new LocatedArray(line, values));
    }

    private ProfileCostModel build(int start) {
        String name = name();
        TimeUnit unit = timeUnit();
        double[] lengths = numbers("inputLengths", start, true);
        double[] prefill = numbers("prefill", start, false);
        double[] decode = numbers("decode", start, false);
        for (String series : List.of("prefill", "decode")) {
            int size = arrays.get(series).values().size();
            if (size != lengths.length) {
                throw new InputException(source, arrays.get(series).line(), series,
                        "has " + size + " values but inputLengths has " + lengths.length);
            }
        }
        int line = arrays.get("inputLengths").line();
        if (lengths.length < 2) {
            throw new InputException(source, line, "inputLengths",
                    "a straight-line fit needs at least 2 points, got " + lengths.length);
        }
        Set<Double> distinct = new HashSet<>();
        for (double l : lengths) {
            distinct.add(l);
        }
        if (distinct.size() < 2) {
            throw new InputException(source, line, "inputLengths", "needs at least 2 distinct input lengths");
        }
        return new ProfileCostModel(source, name, unit.symbol(), lengths, prefill, decode);
    }

    private String name() {
        Located n = scalars.get("name");
        if (n == null || n.node().isNull()) {
            return stem(source);
        }
        if (!n.node().isTextual() || n.node().asText().isBlank()) {
            throw new InputException(source, n.line(), "name", "must be a non-blank text, got " + describe(n.node()));
        }
        return n.node().asText();
    }

    private TimeUnit timeUnit() {
        Located u = scalars.get("timeUnit");
        if (u == null || u.node().isNull()) {
            return TimeUnit.MS;
        }
        TimeUnit unit = u.node().isTextual() ? TimeUnit.fromSymbol(u.node().asText()) : null;
        if (unit == null) {
            throw new InputException(source, u.line(), "timeUnit", "must be \"us\", \"ms\" or \"s\", got " + describe(u.node()));
        }
        return unit;
    }

    /** The array's values: finite numbers, {@code >= 0} for lengths and {@code > 0} for times. */
    private double[] numbers(String field, int start, boolean lengths) {
        LocatedArray a = arrays.get(field);
        if (a == null) {
            throw new InputException(source, start, field, "missing: a profile needs inputLengths, prefill and decode");
        }
        double[] out = new double[a.values().size()];
        for (int i = 0; i < out.length; i++) {
            Located v = a.values().get(i);
            String where = field + "[" + i + "]";
            if (!v.node().isNumber()) {
                throw new InputException(source, v.line(), where, "must be a number, got " + describe(v.node()));
            }
            double d = v.node().doubleValue();
            boolean ok = !Double.isInfinite(d) && (lengths ? d >= 0 : d > 0);
            if (!ok) {
                throw new InputException(source, v.line(), where,
                        (lengths ? "must be a number >= 0" : "must be a positive time") + ", got " + v.node());
            }
            out[i] = d;
        }
        return out;
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }

    private static String shortReason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        for (String cut : List.of("\n", " (start marker at", ": enable `", " at [Source")) {
            int at = m.indexOf(cut);
            if (at > 0) {
                m = m.substring(0, at);
            }
        }
        return m;
    }

    private static String stem(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? "profile" : stem;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private record Located(JsonNode node, int line) {
    }

    private record LocatedArray(int line, List<Located> values) {
    }
}
