package org.servelab.workload.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servelab.workload.InputException;

/**
 * The {@code KEY=VALUE,KEY=VALUE} list of a cost model spec ({@code affine:floor=10,per-token=0.025}):
 * known keys, each once, each with a finite decimal number. Errors name the option, the key and the value.
 */
final class SpecOptions {

    private SpecOptions() {
    }

    /**
     * The values by lower-case key, in the order written; empty for an empty list.
     *
     * @param list  the text after the spec's prefix
     * @param known the keys allowed
     * @param owner what the list configures, for messages ("an affine model")
     */
    static Map<String, Double> parse(String list, List<String> known, String owner) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (list.isBlank()) {
            return values;
        }
        for (String item : list.split(",", -1)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw error("'" + item.trim() + "' is not KEY=VALUE; " + owner + " takes " + String.join(", ", known));
            }
            String key = item.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String text = item.substring(eq + 1).trim();
            if (!known.contains(key)) {
                throw error("unknown key '" + key + "'; " + owner + " takes " + String.join(", ", known));
            }
            if (values.containsKey(key)) {
                throw error("key " + key + " is given twice");
            }
            Double v = Numbers.parseDecimal(text);
            if (v == null) {
                throw error("key " + key + ": '" + text + "' is not a number");
            }
            if (Double.isInfinite(v)) {
                throw error("key " + key + ": '" + text + "' is not a finite number");
            }
            values.put(key, v);
        }
        return values;
    }

    /** An error about the {@code --cost-model} value. */
    static InputException error(String problem) {
        return InputException.parameter(CostModels.OPTION, problem);
    }
}
