package org.servelab.workload.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named length models. The lognormal ones match the published mean lengths of two chat datasets (ShareGPT:
 * prompt 161, output 338 tokens; Alpaca: prompt 19, output 58); their spreads are ours, chosen so that the
 * lengths vary about as much as chat lengths do. {@code paper-zipf} is the FastServe paper's kind of
 * workload: heavy-tailed bounded Zipf lengths for both prompt and output.
 */
public final class LengthPresets {

    private static final Map<String, IndependentLengths> PRESETS = presets();

    private LengthPresets() {
    }

    private static Map<String, IndependentLengths> presets() {
        Map<String, IndependentLengths> m = new LinkedHashMap<>();
        m.put("sharegpt-like", new IndependentLengths("sharegpt-like",
                new LogNormalLength(161, 1.0, LogNormalLength.DEFAULT_MAX),
                new LogNormalLength(338, 1.0, LogNormalLength.DEFAULT_MAX)));
        m.put("alpaca-like", new IndependentLengths("alpaca-like",
                new LogNormalLength(19, 0.6, LogNormalLength.DEFAULT_MAX),
                new LogNormalLength(58, 0.8, LogNormalLength.DEFAULT_MAX)));
        m.put("paper-zipf", new IndependentLengths("paper-zipf",
                new BoundedZipf(1.5, 2048), new BoundedZipf(1.5, 2048)));
        return m;
    }

    /** The preset names, in the order they are listed to the user. */
    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    /** The preset of this name (case-insensitive), or {@code null}. */
    public static IndependentLengths get(String name) {
        return name == null ? null : PRESETS.get(name.trim().toLowerCase(Locale.ROOT));
    }
}
