package org.servelab.workload.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;

/** Wording of JSON problems for one-line error messages. */
final class JsonText {

    private static final List<String> NOISE = List.of("\n", " (start marker at", ": enable `", " at [Source");

    private JsonText() {
    }

    /** Jackson's reason without the location and source excerpt it appends. */
    static String shortReason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        for (String cut : NOISE) {
            int at = m.indexOf(cut);
            if (at > 0) {
                m = m.substring(0, at);
            }
        }
        return m;
    }

    /**
     * Where the parser was when it failed, as {@code jobs[3].outputTokens}, or {@code null} at the top
     * level. Jackson reads a field's value together with its name, so only the parser knows this.
     */
    static String path(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser)) {
            return null;
        }
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = ((JsonParser) e.getProcessor()).getParsingContext(); c != null; c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.hasCurrentIndex()) {
                sb.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.hasCurrentName()) {
                sb.append(sb.length() == 0 ? "" : ".").append(c.getCurrentName());
            } else if (!c.inRoot()) {
                break;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** A value as the user would recognise it: {@code "abc"}, {@code true}, {@code 2.5}, "an object". */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }

    /** Whether a field's value counts as not given: {@code null} in the file. */
    static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    static String unknownField(String name, List<String> known, String owner) {
        for (String k : known) {
            if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT).replace("_", ""))) {
                return "unknown field (did you mean " + k + "?)";
            }
        }
        return "unknown field; " + owner + " has only " + String.join(", ", known);
    }
}
