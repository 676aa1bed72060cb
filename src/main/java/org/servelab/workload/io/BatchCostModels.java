package org.servelab.workload.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.servelab.cost.AffineCost;
import org.servelab.cost.BatchCostModel;
import org.servelab.cost.GpuSpec;
import org.servelab.cost.ModelSpec;
import org.servelab.cost.PerJobCost;
import org.servelab.cost.RooflineCost;
import org.servelab.workload.InputException;

/**
 * Finds the batch cost model a {@code --cost-model} value names (case-insensitive names):
 * <ul>
 * <li>{@code per-job}, a built-in batch-size-1 model ({@code opt-1.3b}) or a batch-size-1 profile file:
 * {@link PerJobCost} in the trace's unit (the per-job times themselves come from {@link CostModels});</li>
 * <li>{@code step-10ms}: {@link AffineCost#step10ms()};</li>
 * <li>{@code affine:floor=F,c0=C,per-token=K,per-context=X,swap=S}: any non-empty subset of the keys, the others
 * 0, every value {@code >= 0} and not all of floor, c0, per-token 0; milliseconds;</li>
 * <li>{@code roofline:MODEL@GPU[,mfu=M][,mbu=B][,util=U]}: presets of {@link ModelSpec} and {@link GpuSpec},
 * efficiencies and memory utilisation in (0, 1];</li>
 * <li>a batch profile file: a JSON object with {@code "type": "affine"} or {@code "roofline"}
 * (format in docs/cost-models.md).</li>
 * </ul>
 * Every problem is an {@link InputException} of one line: the option, or the file, line and field.
 */
public final class BatchCostModels {

    private static final String AFFINE = "affine:";
    private static final String ROOFLINE = "roofline:";
    private static final List<String> AFFINE_KEYS = List.of("floor", "c0", "per-token", "per-context", "swap");
    private static final List<String> ROOFLINE_KEYS = List.of("mfu", "mbu", "util");

    private BatchCostModels() {
    }

    /**
     * Whether the value turns batching on: false for {@code per-job}, a built-in batch-size-1 model and a
     * batch-size-1 profile file (a JSON object without a {@code type} field), true for everything else,
     * including names that are nothing yet (so that {@link #parse} reports them).
     */
    public static boolean isBatchSpec(String spec) {
        if (spec == null || spec.isBlank()) {
            return false;
        }
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals(PerJobCost.NAME) || CostModels.builtInNames().contains(s)) {
            return false;
        }
        if (s.startsWith(AFFINE) || s.startsWith(ROOFLINE) || s.equals(AffineCost.STEP_10MS)) {
            return true;
        }
        Path file = CostModels.pathOrNull(spec.trim());
        if (file == null || !Files.isRegularFile(file)) {
            return true;
        }
        try {
            return BatchProfileReader.hasType(CostModels.readText(file));
        } catch (InputException e) {
            return false;
        }
    }

    /**
     * The batch cost model the value names.
     *
     * @param traceUnit the trace's time unit symbol, the unit of per-job pricing
     * @throws InputException when the value names nothing or is malformed
     */
    public static BatchCostModel parse(String spec, String traceUnit) {
        Objects.requireNonNull(traceUnit, "traceUnit");
        if (spec == null || spec.isBlank()) {
            throw SpecOptions.error("must name a cost model: " + forms());
        }
        String written = spec.trim();
        String s = written.toLowerCase(Locale.ROOT);
        if (s.equals(PerJobCost.NAME) || CostModels.builtInNames().contains(s)) {
            return new PerJobCost(traceUnit);
        }
        if (s.equals(AffineCost.STEP_10MS)) {
            return AffineCost.step10ms();
        }
        if (s.startsWith(AFFINE)) {
            return affine(written);
        }
        if (s.startsWith(ROOFLINE)) {
            return roofline(written);
        }
        return file(written, traceUnit);
    }

    private static AffineCost affine(String spec) {
        Map<String, Double> v = SpecOptions.parse(spec.substring(AFFINE.length()), AFFINE_KEYS, "an affine model");
        if (v.isEmpty()) {
            throw SpecOptions.error("an affine model needs at least one of " + String.join(", ", AFFINE_KEYS)
                    + ", as in affine:floor=10,per-token=0.025");
        }
        for (Map.Entry<String, Double> e : v.entrySet()) {
            if (e.getValue() < 0) {
                throw SpecOptions.error("key " + e.getKey() + ": " + Numbers.format(e.getValue()) + " must be >= 0");
            }
        }
        double floor = v.getOrDefault("floor", 0.0);
        double c0 = v.getOrDefault("c0", 0.0);
        double perToken = v.getOrDefault("per-token", 0.0);
        if (floor == 0 && c0 == 0 && perToken == 0) {
            throw SpecOptions.error("floor, c0 and per-token are all 0: a batch would take no time");
        }
        return new AffineCost(spec, floor, c0, perToken, v.getOrDefault("per-context", 0.0), v.getOrDefault("swap", 0.0));
    }

    private static RooflineCost roofline(String spec) {
        String body = spec.substring(ROOFLINE.length());
        int comma = body.indexOf(',');
        String pair = (comma < 0 ? body : body.substring(0, comma)).trim();
        Map<String, Double> v = SpecOptions.parse(comma < 0 ? "" : body.substring(comma + 1), ROOFLINE_KEYS,
                "a roofline model");
        int at = pair.indexOf('@');
        if (at < 0 || pair.indexOf('@', at + 1) >= 0) {
            throw SpecOptions.error("'" + pair + "' is not MODEL@GPU, as in roofline:llama-2-7b@a100-80gb");
        }
        ModelSpec model = preset(pair.substring(0, at), "model", ModelSpec.presets());
        GpuSpec gpu = preset(pair.substring(at + 1), "GPU", GpuSpec.presets());
        for (Map.Entry<String, Double> e : v.entrySet()) {
            if (!(e.getValue() > 0 && e.getValue() <= 1)) {
                throw SpecOptions.error("key " + e.getKey() + ": " + Numbers.format(e.getValue()) + " must be in (0, 1]");
            }
        }
        try {
            return new RooflineCost(spec, model, gpu, v.getOrDefault("mfu", RooflineCost.DEFAULT_MFU),
                    v.getOrDefault("mbu", RooflineCost.DEFAULT_MBU),
                    v.getOrDefault("util", RooflineCost.DEFAULT_MEMORY_UTILISATION));
        } catch (IllegalArgumentException e) {
            throw SpecOptions.error(e.getMessage());
        }
    }

    private static <T> T preset(String name, String what, Map<String, T> presets) {
        T found = presets.get(name.trim().toLowerCase(Locale.ROOT));
        if (found == null) {
            throw SpecOptions.error("unknown " + what + " '" + name.trim() + "'; known: "
                    + String.join(", ", presets.keySet()));
        }
        return found;
    }

    private static BatchCostModel file(String spec, String traceUnit) {
        Path file = CostModels.pathOrNull(spec);
        if (file == null || Files.notExists(file)) {
            throw new InputException(spec, 0, null, "no such cost model: not one of " + forms()
                    + " (file not found)");
        }
        String text = CostModels.readText(file);
        if (!BatchProfileReader.hasType(text)) {
            CostModels.readProfile(spec, text);
            return new PerJobCost(traceUnit);
        }
        return BatchProfileReader.read(spec, text);
    }

    private static String forms() {
        return PerJobCost.NAME + ", " + String.join(", ", CostModels.builtInNames()) + ", " + AffineCost.STEP_10MS
                + ", affine:KEY=VALUE,... (" + String.join(", ", AFFINE_KEYS) + "), roofline:MODEL@GPU (models "
                + String.join(", ", ModelSpec.presets().keySet()) + "; GPUs " + String.join(", ", GpuSpec.presets().keySet())
                + "), or a profile file";
    }
}
