package org.servelab.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.servelab.workload.Decimals;
import org.servelab.workload.InputException;
import org.servelab.workload.generate.Target;

/**
 * A sweep spec as a JSON file. Keys are the command-line flags without their dashes ({@code "policy"},
 * {@code "queues"}, {@code "quantum-rate"}, {@code "quantum"}, {@code "load"} or {@code "rate"}, {@code "cv"},
 * {@code "seeds"}, {@code "seed"}, {@code "jobs"}, {@code "lengths"}, {@code "arrivals"}, {@code "cost-model"},
 * {@code "accounting"}, {@code "overload-jobs"}); a list is a JSON array or a string in the flag's syntax
 * ({@code "0.5:0.95:0.05"}). Missing keys take the flags' defaults. {@link #write} gives the canonical form
 * a sweep stores beside its CSV, which {@code merge} compares across shards.
 */
public final class SweepSpecJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = keySet();

    private static Set<String> keySet() {
        Set<String> k = new java.util.HashSet<>(List.of("policy", "queues", "quantum-rate", "quantum", "load", "rate",
                "cv", "seeds", "seed", "jobs", "lengths", "arrivals", "cost-model", "accounting", "overload-jobs"));
        k.addAll(ServingAxes.KEYS);
        return Set.copyOf(k);
    }

    private SweepSpecJson() {
    }

    /** The spec as canonical JSON text (every key, lists as arrays). */
    public static String text(SweepSpec s) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode policies = o.putArray("policy");
        s.policies().forEach(policies::add);
        ArrayNode queues = o.putArray("queues");
        s.queues().forEach(queues::add);
        numbers(o.putArray("quantum-rate"), s.quantumRates());
        ArrayNode quanta = o.putArray("quantum");
        for (double q : s.quanta()) {
            if (Double.isNaN(q)) {
                quanta.add(ValueLists.AUTO);
            } else {
                quanta.add(q);
            }
        }
        numbers(o.putArray(s.target() == Target.Kind.RATE ? "rate" : "load"), s.xs());
        numbers(o.putArray("cv"), s.cvs());
        o.put("seeds", s.seeds());
        o.put("seed", s.seed());
        o.put("jobs", s.jobs());
        o.put("lengths", s.lengths());
        o.put("arrivals", s.arrivals());
        o.put("cost-model", s.costModel());
        o.put("accounting", s.accounting());
        o.put("overload-jobs", s.overloadJobs());
        if (s.batching() || !s.serving().equals(ServingAxes.OFF)) {
            for (java.util.Map.Entry<String, List<String>> e : s.serving().texts().entrySet()) {
                ArrayNode a = o.putArray(e.getKey());
                e.getValue().forEach(a::add);
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void numbers(ArrayNode a, List<Double> values) {
        for (double v : values) {
            if (Decimals.isWhole(v)) {
                a.add((long) v);
            } else {
                a.add(v);
            }
        }
    }

    /** Reads a spec file onto {@code defaults}: keys present replace the defaults' values. */
    public static SweepSpec read(Path file, SweepSpec defaults) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file.toString(), 0, null, "not a UTF-8 JSON file (binary or another encoding)", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot read: " + e.getMessage(), e);
        }
        return parse(file.toString(), text, defaults);
    }

    /** Parses spec JSON onto {@code defaults}. */
    public static SweepSpec parse(String source, String text, SweepSpec defaults) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(source, 0, null, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(source, 0, null, "a sweep spec is a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new InputException(source, 0, key, "unknown key; known keys: " + String.join(", ", new TreeSet<>(KEYS)));
            }
        }
        if (root.has("load") && root.has("rate")) {
            throw new InputException(source, 0, "rate", "give either load or rate, not both");
        }
        Fields f = new Fields(source, root);
        java.util.Map<String, String> serving = new java.util.LinkedHashMap<>();
        for (String key : ServingAxes.KEYS) {
            if (f.has(key)) {
                serving.put(key, f.listText(key));
            }
        }
        Target.Kind target = root.has("rate") ? Target.Kind.RATE : root.has("load") ? Target.Kind.LOAD : defaults.target();
        List<Double> xs = root.has("rate") ? f.numbers("rate") : root.has("load") ? f.numbers("load") : defaults.xs();
        return new SweepSpec(
                f.has("policy") ? f.strings("policy") : defaults.policies(),
                f.has("queues") ? f.integers("queues") : defaults.queues(),
                f.has("quantum-rate") ? f.numbers("quantum-rate") : defaults.quantumRates(),
                f.has("quantum") ? f.quanta("quantum") : defaults.quanta(),
                target, xs,
                f.has("cv") ? f.numbers("cv") : defaults.cvs(),
                f.has("seeds") ? (int) f.whole("seeds") : defaults.seeds(),
                f.has("seed") ? f.whole("seed") : defaults.seed(),
                f.has("jobs") ? (int) f.whole("jobs") : defaults.jobs(),
                f.has("lengths") ? f.string("lengths") : defaults.lengths(),
                f.has("arrivals") ? f.string("arrivals") : defaults.arrivals(),
                f.has("cost-model") ? f.string("cost-model") : defaults.costModel(),
                f.has("accounting") ? f.string("accounting") : defaults.accounting(),
                f.has("overload-jobs") ? (int) f.whole("overload-jobs") : defaults.overloadJobs(),
                ServingAxes.over(defaults.serving(), serving));
    }

    /** Typed reads of the spec's keys; a list may be an array or a string in the flag's syntax. */
    private static final class Fields {
        private final String source;
        private final JsonNode root;

        Fields(String source, JsonNode root) {
            this.source = source;
            this.root = root;
        }

        boolean has(String key) {
            return root.has(key) && !root.get(key).isNull();
        }

        String string(String key) {
            JsonNode n = root.get(key);
            if (!n.isTextual()) {
                throw bad(key, "must be a string");
            }
            return n.asText();
        }

        long whole(String key) {
            JsonNode n = root.get(key);
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                throw bad(key, "must be a whole number");
            }
            return n.asLong();
        }

        String listText(String key) {
            JsonNode n = root.get(key);
            if (n.isTextual()) {
                return n.asText();
            }
            if (n.isNumber()) {
                return n.asText();
            }
            if (!n.isArray()) {
                throw bad(key, "must be an array or a string");
            }
            List<String> items = new ArrayList<>();
            for (JsonNode e : n) {
                if (!e.isTextual() && !e.isNumber()) {
                    throw bad(key, "items must be numbers or strings");
                }
                items.add(e.asText());
            }
            return String.join(",", items);
        }

        List<String> strings(String key) {
            return ValueLists.items(listText(key), "--" + key);
        }

        List<Double> numbers(String key) {
            return ValueLists.numbers(listText(key), "--" + key);
        }

        List<Double> quanta(String key) {
            return ValueLists.numbersOrAuto(listText(key), "--" + key);
        }

        List<Integer> integers(String key) {
            return ValueLists.integers(listText(key), "--" + key);
        }

        private InputException bad(String key, String problem) {
            return new InputException(source, 0, key, problem);
        }
    }

    /** The keys a spec file may have, for help texts. */
    public static String keys() {
        return String.join(", ", new TreeSet<>(KEYS));
    }
}
