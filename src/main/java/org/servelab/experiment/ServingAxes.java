package org.servelab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;
import org.servelab.workload.InputException;
import org.servelab.workload.generate.RequestOrder;

/**
 * The serving axes of a sweep: the batching settings (each a list; every combination is run) and the order
 * requests are sent in. Any batching key given runs the sweep on the batching engine; {@code order} alone
 * does not. Keys are the flags without dashes; {@link #KEYS} lists them.
 *
 * @param on             whether a batching key was given
 * @param maxBatch       {@code --max-batch} values
 * @param maxBatchTokens {@code --max-batch-tokens} values
 * @param modes          {@code --batching} values (they multiply fcfs only)
 * @param preemptions    {@code --preemption} values
 * @param kvBlocks       {@code --kv-blocks} values, -1 = {@code auto} (the GPU's, or unlimited)
 * @param blockSize      {@code --block-size}
 * @param maxOutputs     {@code --max-output} values, -1 = {@code none}
 * @param maxWaiting     {@code --max-waiting} values, -1 = {@code none}
 * @param timeouts       {@code --timeout} values in the trace's unit, +inf = {@code none}
 * @param orders         {@code --order} values
 * @param draftLengths   {@code --draft-length} values, 0 = {@code none}
 * @param acceptances    {@code --acceptance} values (multiply each draft length)
 * @param draftCosts     {@code --draft-cost} values (multiply each draft length)
 */
public record ServingAxes(boolean on, List<Integer> maxBatch, List<Integer> maxBatchTokens, List<String> modes,
                          List<String> preemptions, List<Long> kvBlocks, int blockSize, List<Integer> maxOutputs,
                          List<Integer> maxWaiting, List<Double> timeouts, List<String> orders,
                          List<Integer> draftLengths, List<Double> acceptances, List<Double> draftCosts) {

    /** The keys, in the order they are written. */
    public static final List<String> KEYS = List.of("max-batch", "max-batch-tokens", "batching", "preemption",
            "kv-blocks", "block-size", "max-output", "max-waiting", "timeout", "order", "draft-length", "acceptance",
            "draft-cost");

    private static final String NONE = "none";

    /** No batching, requests as drawn. */
    public static final ServingAxes OFF = new ServingAxes(false, List.of(BatchOptions.DEFAULT_MAX_BATCH),
            List.of(BatchOptions.DEFAULT_MAX_BATCH_TOKENS), List.of("chunked"), List.of("recompute"), List.of(-1L),
            BatchOptions.DEFAULT_BLOCK_SIZE, List.of(-1), List.of(-1), List.of(Double.POSITIVE_INFINITY),
            List.of("as-is"), List.of(0), List.of(0.8), List.of(0.05));

    public ServingAxes {
        maxBatch = List.copyOf(maxBatch);
        maxBatchTokens = List.copyOf(maxBatchTokens);
        modes = List.copyOf(modes);
        preemptions = List.copyOf(preemptions);
        kvBlocks = List.copyOf(kvBlocks);
        maxOutputs = List.copyOf(maxOutputs);
        maxWaiting = List.copyOf(maxWaiting);
        timeouts = List.copyOf(timeouts);
        orders = List.copyOf(orders);
        draftLengths = List.copyOf(draftLengths);
        acceptances = List.copyOf(acceptances);
        draftCosts = List.copyOf(draftCosts);
    }

    /**
     * {@code base} with the keys given in {@code texts} (flag syntax: {@code 1,16,64}, {@code none},
     * {@code auto}) replaced. A batching key turns batching on; acceptance or draft cost without a draft
     * length is an error.
     *
     * @throws InputException naming the flag for a text that cannot be read or a value out of range
     */
    public static ServingAxes over(ServingAxes base, Map<String, String> texts) {
        for (String k : texts.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown serving key " + k);
            }
        }
        Map<String, String> t = new LinkedHashMap<>(texts);
        t.values().removeIf(v -> v == null);
        boolean on = base.on() || t.keySet().stream().anyMatch(k -> !k.equals("order"));
        if ((t.containsKey("acceptance") || t.containsKey("draft-cost")) && !t.containsKey("draft-length")
                && base.draftLengths().stream().allMatch(g -> g == 0)) {
            throw InputException.parameter(t.containsKey("acceptance") ? "--acceptance" : "--draft-cost",
                    "needs --draft-length G (speculative decoding)");
        }
        return new ServingAxes(on,
                t.containsKey("max-batch") ? atLeast(ValueLists.integers(t.get("max-batch"), "--max-batch"), 1, "--max-batch")
                        : base.maxBatch(),
                t.containsKey("max-batch-tokens") ? atLeast(ValueLists.integers(t.get("max-batch-tokens"),
                        "--max-batch-tokens"), 1, "--max-batch-tokens") : base.maxBatchTokens(),
                t.containsKey("batching") ? modes(t.get("batching")) : base.modes(),
                t.containsKey("preemption") ? preemptions(t.get("preemption")) : base.preemptions(),
                t.containsKey("kv-blocks") ? kvBlocks(t.get("kv-blocks")) : base.kvBlocks(),
                t.containsKey("block-size") ? single(t.get("block-size"), "--block-size") : base.blockSize(),
                t.containsKey("max-output") ? orNone(t.get("max-output"), "--max-output", 1) : base.maxOutputs(),
                t.containsKey("max-waiting") ? orNone(t.get("max-waiting"), "--max-waiting", 0) : base.maxWaiting(),
                t.containsKey("timeout") ? timeouts(t.get("timeout")) : base.timeouts(),
                t.containsKey("order") ? orders(t.get("order")) : base.orders(),
                t.containsKey("draft-length") ? draftLengths(t.get("draft-length")) : base.draftLengths(),
                t.containsKey("acceptance") ? acceptances(t.get("acceptance")) : base.acceptances(),
                t.containsKey("draft-cost") ? draftCosts(t.get("draft-cost")) : base.draftCosts());
    }

    /** The keys' values in flag syntax, for the spec file. */
    public Map<String, List<String>> texts() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("max-batch", strings(maxBatch));
        m.put("max-batch-tokens", strings(maxBatchTokens));
        m.put("batching", modes);
        m.put("preemption", preemptions);
        List<String> kv = new ArrayList<>();
        kvBlocks.forEach(v -> kv.add(v < 0 ? ValueLists.AUTO : Long.toString(v)));
        m.put("kv-blocks", kv);
        m.put("block-size", List.of(Integer.toString(blockSize)));
        m.put("max-output", noneStrings(maxOutputs));
        m.put("max-waiting", noneStrings(maxWaiting));
        List<String> to = new ArrayList<>();
        timeouts.forEach(v -> to.add(v == Double.POSITIVE_INFINITY ? NONE : NumberText.of(v)));
        m.put("timeout", to);
        m.put("order", orders);
        List<String> g = new ArrayList<>();
        draftLengths.forEach(v -> g.add(v == 0 ? NONE : Integer.toString(v)));
        m.put("draft-length", g);
        List<String> a = new ArrayList<>();
        acceptances.forEach(v -> a.add(NumberText.of(v)));
        m.put("acceptance", a);
        List<String> c = new ArrayList<>();
        draftCosts.forEach(v -> c.add(NumberText.of(v)));
        m.put("draft-cost", c);
        return m;
    }

    /** The batching configurations of a policy, in grid order. */
    public List<ServingConfig> configs(String policy) {
        List<String> ms = policy.equals("fcfs") ? modes : List.of(policy.equals("sjf") ? "chunked" : "");
        List<ServingConfig> out = new ArrayList<>();
        for (int b : maxBatch) {
            for (int tokens : maxBatchTokens) {
                for (String m : ms) {
                    for (String p : preemptions) {
                        for (long kv : kvBlocks) {
                            for (int cap : maxOutputs) {
                                for (int w : maxWaiting) {
                                    for (double to : timeouts) {
                                        for (int g : draftLengths) {
                                            if (g == 0) {
                                                out.add(new ServingConfig(b, tokens, m, p, kv, blockSize, cap, w, to, 0,
                                                        Double.NaN, Double.NaN));
                                                continue;
                                            }
                                            for (double a : acceptances) {
                                                for (double c : draftCosts) {
                                                    out.add(new ServingConfig(b, tokens, m, p, kv, blockSize, cap, w,
                                                            to, g, a, c));
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** How many configurations {@link #configs} gives, without building them. */
    public long configCount(String policy) {
        long spec = 0;
        for (int g : draftLengths) {
            spec += g == 0 ? 1 : (long) acceptances.size() * draftCosts.size();
        }
        return (long) maxBatch.size() * maxBatchTokens.size() * (policy.equals("fcfs") ? modes.size() : 1)
                * preemptions.size() * kvBlocks.size() * maxOutputs.size() * maxWaiting.size() * timeouts.size() * spec;
    }

    private static List<Integer> atLeast(List<Integer> values, int min, String option) {
        for (int v : values) {
            if (v < min) {
                throw InputException.parameter(option, "must be at least " + min + ", got " + v);
            }
        }
        return values;
    }

    private static int single(String text, String option) {
        List<Integer> v = atLeast(ValueLists.integers(text, option), 1, option);
        if (v.size() != 1) {
            throw InputException.parameter(option, "give one value, got " + v.size());
        }
        return v.get(0);
    }

    private static List<String> modes(String text) {
        List<String> out = new ArrayList<>();
        for (String s : ValueLists.items(text, "--batching")) {
            try {
                out.add(BatchingMode.parse(s).cliName());
            } catch (IllegalArgumentException e) {
                throw InputException.parameter("--batching", e.getMessage());
            }
        }
        return out;
    }

    private static List<String> preemptions(String text) {
        List<String> out = new ArrayList<>();
        for (String s : ValueLists.items(text, "--preemption")) {
            try {
                out.add(Preemption.parse(s).cliName());
            } catch (IllegalArgumentException e) {
                throw InputException.parameter("--preemption", e.getMessage());
            }
        }
        return out;
    }

    private static List<Long> kvBlocks(String text) {
        List<Long> out = new ArrayList<>();
        for (String s : ValueLists.items(text, "--kv-blocks")) {
            if (s.equalsIgnoreCase(ValueLists.AUTO)) {
                out.add(-1L);
                continue;
            }
            for (int v : atLeast(ValueLists.integers(s, "--kv-blocks"), 1, "--kv-blocks")) {
                out.add((long) v);
            }
        }
        return out;
    }

    private static List<Integer> orNone(String text, String option, int min) {
        List<Integer> out = new ArrayList<>();
        for (String s : ValueLists.items(text, option)) {
            if (s.equalsIgnoreCase(NONE)) {
                out.add(-1);
            } else {
                out.addAll(atLeast(ValueLists.integers(s, option), min, option));
            }
        }
        return out;
    }

    private static List<Double> timeouts(String text) {
        List<Double> out = new ArrayList<>();
        for (String s : ValueLists.items(text, "--timeout")) {
            if (s.equalsIgnoreCase(NONE)) {
                out.add(Double.POSITIVE_INFINITY);
                continue;
            }
            for (double v : ValueLists.numbers(s, "--timeout")) {
                if (!(v > 0) || Double.isInfinite(v)) {
                    throw InputException.parameter("--timeout", "must be a positive time, got " + NumberText.of(v));
                }
                out.add(v);
            }
        }
        return out;
    }

    private static List<String> orders(String text) {
        List<String> out = new ArrayList<>();
        for (String s : ValueLists.items(text, RequestOrder.OPTION)) {
            out.add(RequestOrder.parse(s).cliName());
        }
        return out;
    }

    private static List<Integer> draftLengths(String text) {
        List<Integer> out = new ArrayList<>();
        for (String s : ValueLists.items(text, "--draft-length")) {
            if (s.equalsIgnoreCase(NONE)) {
                out.add(0);
                continue;
            }
            for (int g : ValueLists.integers(s, "--draft-length")) {
                if (g < 1) {
                    throw InputException.parameter("--draft-length", "must be at least 1, got " + g
                            + " (write none for a run without speculative decoding)");
                }
                out.add(g);
            }
        }
        return out;
    }

    private static List<Double> acceptances(String text) {
        List<Double> out = ValueLists.numbers(text, "--acceptance");
        for (double a : out) {
            if (!(a >= 0 && a <= 1)) {
                throw InputException.parameter("--acceptance", "must be between 0 and 1, got " + NumberText.of(a));
            }
        }
        return out;
    }

    private static List<Double> draftCosts(String text) {
        List<Double> out = ValueLists.numbers(text, "--draft-cost");
        for (double c : out) {
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw InputException.parameter("--draft-cost", "must be a number >= 0, got " + NumberText.of(c));
            }
        }
        return out;
    }

    private static List<String> strings(List<? extends Number> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.toString()));
        return out;
    }

    private static List<String> noneStrings(List<Integer> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v < 0 ? NONE : v.toString()));
        return out;
    }
}
