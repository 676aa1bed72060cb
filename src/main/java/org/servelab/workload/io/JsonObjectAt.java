package org.servelab.workload.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.servelab.workload.InputException;

/**
 * A JSON object read with a streaming parser so that each field keeps the line it was written on; nested
 * objects are read the same way. Its accessors check a field's type and report a bad value as an
 * {@link InputException} naming the file, the line and the field's path ({@code model.kvHeads}).
 */
final class JsonObjectAt {

    /** A field's value and line; {@code object} is set when the value is an object. */
    private record Field(JsonNode node, int line, JsonObjectAt object) {
    }

    private final String source;
    private final String path;
    private final int line;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    private JsonObjectAt(String source, String path, int line) {
        this.source = source;
        this.path = path;
        this.line = line;
    }

    /** Reads the object the parser is at ({@code START_OBJECT}), up to and including its end. */
    static JsonObjectAt read(JsonParser p, ObjectMapper mapper, String source, String path) throws IOException {
        JsonObjectAt o = new JsonObjectAt(source, path, p.currentTokenLocation().getLineNr());
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int at = p.currentTokenLocation().getLineNr();
            if (o.fields.containsKey(name)) {
                throw new InputException(source, at, o.pathOf(name), "appears twice");
            }
            if (p.nextToken() == JsonToken.START_OBJECT) {
                JsonObjectAt child = read(p, mapper, source, o.pathOf(name));
                o.fields.put(name, new Field(mapper.createObjectNode(), at, child));
            } else {
                o.fields.put(name, new Field(mapper.readTree(p), at, null));
            }
        }
        return o;
    }

    /** The field's name as messages show it: its path from the top of the file. */
    private String pathOf(String name) {
        return path == null ? name : path + "." + name;
    }

    /** An error about the field, at its line (or the object's line when the field is absent). */
    InputException error(String name, String problem) {
        Field f = fields.get(name);
        return new InputException(source, f == null ? line : f.line(), pathOf(name), problem);
    }

    /** An error about the object as a whole, at the line it starts on. */
    InputException error(String problem) {
        return new InputException(source, line, path, problem);
    }

    /** Refuses any field not in {@code known}; {@code owner} names the object ("a roofline profile"). */
    void allowOnly(List<String> known, String owner) {
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw error(e.getKey(), JsonText.unknownField(e.getKey(), known, owner));
            }
        }
    }

    /** Whether the field is given with a value other than {@code null}. */
    boolean has(String name) {
        Field f = fields.get(name);
        return f != null && (f.object() != null || !JsonText.isAbsent(f.node()));
    }

    /** Whether any field is given besides those named. */
    boolean hasOtherThan(List<String> names) {
        for (String name : fields.keySet()) {
            if (!names.contains(name) && has(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the field's value is a JSON string. */
    boolean isText(String name) {
        Field f = fields.get(name);
        return f != null && f.object() == null && f.node().isTextual();
    }

    /** The field's value as a non-blank text, or {@code null} when it is absent. */
    String text(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode n = fields.get(name).node();
        if (fields.get(name).object() != null || !n.isTextual() || n.asText().isBlank()) {
            throw error(name, "must be a non-blank text, got " + describe(name));
        }
        return n.asText();
    }

    /** The field's object, or {@code null} when the field is absent or not an object. */
    JsonObjectAt object(String name) {
        Field f = fields.get(name);
        return f == null ? null : f.object();
    }

    /** The field's value as a finite number, or {@code null} when it is absent. */
    Double number(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode n = fields.get(name).node();
        if (fields.get(name).object() != null || !n.isNumber()) {
            throw error(name, "must be a number, got " + describe(name));
        }
        double d = n.doubleValue();
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw error(name, "must be a finite number, got " + n);
        }
        return d;
    }

    /** How the field's value reads in a message. */
    String describe(String name) {
        Field f = fields.get(name);
        if (f == null) {
            return "nothing";
        }
        return f.object() != null ? "an object" : JsonText.describe(f.node());
    }
}
