package org.servelab.workload.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.servelab.cost.AffineCost;
import org.servelab.cost.BatchCostModel;
import org.servelab.cost.GpuSpec;
import org.servelab.cost.ModelSpec;
import org.servelab.cost.RooflineCost;
import org.servelab.workload.InputException;

/**
 * Reads a batch cost profile (see {@link BatchCostModels}): a JSON object with {@code "type": "affine"} or
 * {@code "type": "roofline"} whose fields override those of a preset.
 */
final class BatchProfileReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> AFFINE_FIELDS =
            List.of("type", "name", "preset", "floor", "c0", "perToken", "perContext", "swapPerBlock");
    private static final List<String> ROOFLINE_FIELDS = List.of("type", "name", "model", "gpu", "mfu", "mbu", "util");
    private static final List<String> MODEL_FIELDS =
            List.of("preset", "name", "params", "layers", "hidden", "heads", "kvHeads", "bytesPerParam");
    private static final List<String> GPU_FIELDS =
            List.of("preset", "name", "peakFlops", "memoryBandwidth", "memoryBytes", "hostLinkBandwidth");
    private static final double DEFAULT_BYTES_PER_PARAM = 2;

    private BatchProfileReader() {
    }

    /** Whether the text is a JSON object with a top-level {@code type} field: a batch profile, not a batch-1 one. */
    static boolean hasType(String text) {
        try (JsonParser p = MAPPER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if ("type".equals(p.currentName())) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    static BatchCostModel read(String source, String text) {
        JsonObjectAt top = parse(source, text);
        String type = top.text("type");
        if (type == null) {
            throw top.error("type", "missing: a batch profile needs \"type\": \"affine\" or \"roofline\"");
        }
        String name = top.text("name");
        if (name == null) {
            String stem = SourceNames.stem(source);
            name = stem.isBlank() ? "profile" : stem;
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "affine":
                return affine(top, name);
            case "roofline":
                return roofline(top, name);
            default:
                throw top.error("type", "must be \"affine\" or \"roofline\", got " + top.describe("type"));
        }
    }

    private static JsonObjectAt parse(String source, String text) {
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InputException(source, 0, null, "the file is empty");
            }
            if (t != JsonToken.START_OBJECT) {
                throw new InputException(source, p.currentTokenLocation().getLineNr(), null,
                        "expected a batch profile object {\"type\": \"affine\" or \"roofline\", ...}");
            }
            JsonObjectAt top = JsonObjectAt.read(p, MAPPER, source, null);
            if (p.nextToken() != null) {
                throw new InputException(source, p.currentTokenLocation().getLineNr(), null,
                        "unexpected content after the profile object");
            }
            return top;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source, line, JsonText.path(e), "malformed JSON: " + JsonText.shortReason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AffineCost affine(JsonObjectAt o, String name) {
        o.allowOnly(AFFINE_FIELDS, "an affine profile");
        String preset = o.text("preset");
        if (preset != null && !AffineCost.STEP_10MS.equals(preset.toLowerCase(Locale.ROOT))) {
            throw o.error("preset", "unknown affine preset " + o.describe("preset") + "; known: " + AffineCost.STEP_10MS);
        }
        if (preset == null && !o.hasOtherThan(List.of("type", "name"))) {
            throw o.error("an affine profile needs a preset or at least one of floor, c0, perToken, perContext, "
                    + "swapPerBlock");
        }
        AffineCost base = preset == null ? null : AffineCost.step10ms();
        double floor = nonNegative(o, "floor", base == null ? 0 : base.floor());
        double c0 = nonNegative(o, "c0", base == null ? 0 : base.c0());
        double perToken = nonNegative(o, "perToken", base == null ? 0 : base.perToken());
        double perContext = nonNegative(o, "perContext", base == null ? 0 : base.perContext());
        double swap = nonNegative(o, "swapPerBlock", base == null ? 0 : base.swapPerBlock());
        if (floor == 0 && c0 == 0 && perToken == 0) {
            throw o.error("floor, c0 and perToken are all 0: a batch would take no time");
        }
        return new AffineCost(name, floor, c0, perToken, perContext, swap);
    }

    private static RooflineCost roofline(JsonObjectAt o, String name) {
        o.allowOnly(ROOFLINE_FIELDS, "a roofline profile");
        ModelSpec model = model(o);
        GpuSpec gpu = gpu(o);
        double mfu = fraction(o, "mfu", RooflineCost.DEFAULT_MFU);
        double mbu = fraction(o, "mbu", RooflineCost.DEFAULT_MBU);
        double util = fraction(o, "util", RooflineCost.DEFAULT_MEMORY_UTILISATION);
        try {
            return new RooflineCost(name, model, gpu, mfu, mbu, util);
        } catch (IllegalArgumentException e) {
            throw o.error(e.getMessage());
        }
    }

    private static ModelSpec model(JsonObjectAt top) {
        JsonObjectAt o = component(top, "model", "a model", ModelSpec.presets());
        if (o == null) {
            return preset(top, "model", "model", ModelSpec.presets());
        }
        o.allowOnly(MODEL_FIELDS, "a model");
        ModelSpec base = o.has("preset") ? preset(o, "preset", "model", ModelSpec.presets()) : null;
        if (base == null) {
            for (String required : List.of("params", "layers", "hidden", "heads")) {
                if (!o.has(required)) {
                    throw o.error(required, "missing: a model without a preset needs params, layers, hidden and heads");
                }
            }
        }
        String name = o.text("name");
        long params = whole(o, "params", Long.MAX_VALUE, base == null ? 0 : base.params());
        int layers = (int) whole(o, "layers", Integer.MAX_VALUE, base == null ? 0 : base.layers());
        int hidden = (int) whole(o, "hidden", Integer.MAX_VALUE, base == null ? 0 : base.hidden());
        int heads = (int) whole(o, "heads", Integer.MAX_VALUE, base == null ? 0 : base.heads());
        int kvHeads = (int) whole(o, "kvHeads", Integer.MAX_VALUE, base == null ? heads : base.kvHeads());
        double bytes = positive(o, "bytesPerParam", base == null ? DEFAULT_BYTES_PER_PARAM : base.bytesPerParam());
        try {
            return new ModelSpec(name != null ? name : base != null ? base.name() : "model", params, layers, hidden,
                    heads, kvHeads, bytes);
        } catch (IllegalArgumentException e) {
            throw o.error(e.getMessage());
        }
    }

    private static GpuSpec gpu(JsonObjectAt top) {
        JsonObjectAt o = component(top, "gpu", "a GPU", GpuSpec.presets());
        if (o == null) {
            return preset(top, "gpu", "GPU", GpuSpec.presets());
        }
        o.allowOnly(GPU_FIELDS, "a GPU");
        GpuSpec base = o.has("preset") ? preset(o, "preset", "GPU", GpuSpec.presets()) : null;
        if (base == null) {
            for (String required : List.of("peakFlops", "memoryBandwidth", "memoryBytes", "hostLinkBandwidth")) {
                if (!o.has(required)) {
                    throw o.error(required, "missing: a GPU without a preset needs peakFlops, memoryBandwidth, "
                            + "memoryBytes and hostLinkBandwidth");
                }
            }
        }
        String name = o.text("name");
        return new GpuSpec(name != null ? name : base != null ? base.name() : "gpu",
                positive(o, "peakFlops", base == null ? 0 : base.peakFlops()),
                positive(o, "memoryBandwidth", base == null ? 0 : base.memoryBandwidth()),
                whole(o, "memoryBytes", Long.MAX_VALUE, base == null ? 0 : base.memoryBytes()),
                positive(o, "hostLinkBandwidth", base == null ? 0 : base.hostLinkBandwidth()));
    }

    /** The field's object, or {@code null} when it is a preset name; an error when it is neither. */
    private static JsonObjectAt component(JsonObjectAt top, String field, String what, Map<String, ?> presets) {
        if (!top.has(field)) {
            throw top.error(field, "missing: a roofline profile needs a " + field + ": a preset name ("
                    + String.join(", ", presets.keySet()) + ") or an object");
        }
        JsonObjectAt o = top.object(field);
        if (o == null && !top.isText(field)) {
            throw top.error(field, "must be a preset name or " + what + " object, got " + top.describe(field));
        }
        return o;
    }

    private static <T> T preset(JsonObjectAt o, String field, String what, Map<String, T> presets) {
        String key = o.text(field);
        T found = presets.get(key.toLowerCase(Locale.ROOT));
        if (found == null) {
            throw o.error(field, "unknown " + what + " preset " + o.describe(field) + "; known: "
                    + String.join(", ", presets.keySet()));
        }
        return found;
    }

    private static double nonNegative(JsonObjectAt o, String field, double absent) {
        Double v = o.number(field);
        if (v == null) {
            return absent;
        }
        if (v < 0) {
            throw o.error(field, "must be a number >= 0, got " + Numbers.format(v));
        }
        return v;
    }

    private static double positive(JsonObjectAt o, String field, double absent) {
        Double v = o.number(field);
        if (v == null) {
            return absent;
        }
        if (!(v > 0)) {
            throw o.error(field, "must be a positive number, got " + Numbers.format(v));
        }
        return v;
    }

    private static double fraction(JsonObjectAt o, String field, double absent) {
        Double v = o.number(field);
        if (v == null) {
            return absent;
        }
        if (!(v > 0 && v <= 1)) {
            throw o.error(field, "must be in (0, 1], got " + Numbers.format(v));
        }
        return v;
    }

    private static long whole(JsonObjectAt o, String field, long max, long absent) {
        Double v = o.number(field);
        if (v == null) {
            return absent;
        }
        if (v != Math.rint(v) || v < 1) {
            throw o.error(field, "must be a whole number >= 1, got " + Numbers.format(v));
        }
        if (v > max) {
            throw o.error(field, "is too large: " + Numbers.format(v));
        }
        return v.longValue();
    }
}
