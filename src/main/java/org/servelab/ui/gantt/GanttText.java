package org.servelab.ui.gantt;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of the Gantt chart, from a resource bundle when one is given (keys {@code gantt.*}; any key
 * it lacks falls back to English). Numbers are formatted here, without grouping, so that the tooltip,
 * the legend and the axis agree.
 */
public final class GanttText {

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("gantt.tooltip", "{0}, token {1} ({2})\n{3} \u2013 {4} {5}\nqueue {6}"),
            Map.entry("gantt.tooltipBatch", "{0}, {1}\n{2} \u2013 {3} {4} \u00b7 batch of {5}\nqueue {6}"),
            Map.entry("gantt.chunkOf", "prefill chunk {0} of {1} ({2} tokens)"),
            Map.entry("gantt.prefillOf", "prefill ({0} tokens), token {1}"),
            Map.entry("gantt.decodeToken", "decode, token {0}"),
            Map.entry("gantt.paddingOf", "padding (finished, waits for its batch)"),
            Map.entry("gantt.prefill", "prefill"),
            Map.entry("gantt.decode", "decode"),
            Map.entry("gantt.padding", "padding"),
            Map.entry("gantt.waiting", "waiting"),
            Map.entry("gantt.jct", "JCT {0}"),
            Map.entry("gantt.axis", "time ({0})"),
            Map.entry("gantt.queue", "Q{0}"),
            Map.entry("gantt.queueQuantum", "Q{0}: {1} {2}"),
            Map.entry("gantt.queueIterations", "Q{0}: {1,choice,1#1 iteration|1<{1,number,integer} iterations}"),
            Map.entry("gantt.arrival", "arrival"),
            Map.entry("gantt.now", "now"),
            Map.entry("gantt.title", "{0} \u00b7 {1} \u00b7 {2} jobs"),
            Map.entry("gantt.stripSize", "up to {0} jobs"),
            Map.entry("gantt.stripTokens", "up to {0} tokens"),
            Map.entry("gantt.stripKv", "up to {0} blocks"),
            Map.entry("gantt.stripKvCapacity", "of {0} blocks"),
            Map.entry("gantt.stripSizeName", "batch"),
            Map.entry("gantt.stripTokensName", "tokens"),
            Map.entry("gantt.stripKvName", "KV"),
            Map.entry("gantt.stripTooltip", "iteration {0}: {1} \u2013 {2} {3}\nbatch of {4}, {5} tokens\nKV {6}"),
            Map.entry("gantt.kvOf", "{0} of {1} blocks"),
            Map.entry("gantt.kvBlocks", "{0} blocks"),
            Map.entry("gantt.waitingTip", "{0} waiting since {1} {4} (for {2} {4} at {3} {4})\narrived at {5} {4}"));

    private final ResourceBundle bundle;

    public GanttText() {
        this(null);
    }

    public GanttText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The keys this class reads, with their English text (for translators). */
    public static Map<String, String> defaults() {
        return ENGLISH;
    }

    String get(String key) {
        if (bundle != null && bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        return ENGLISH.get(key);
    }

    private String format(String key, Object... args) {
        MessageFormat f = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), Locale.ROOT));
        synchronized (f) {
            return f.format(args);
        }
    }

    /** Each pattern parsed once (the chart labels every finished job's JCT at each paint). */
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    /** Tooltip of one iteration: job, token, prefill or decode, start, end, unit and queue. */
    public String tooltip(GanttHit hit, String jobId, String unit) {
        return format("gantt.tooltip", jobId, Integer.toString(hit.token()),
                hit.prefill() ? get("gantt.prefill") : get("gantt.decode"),
                number(hit.start()), number(hit.end()), unit, queue(hit.level()));
    }

    /** Tooltip of one iteration of a batch: the job's work in it, its times, the batch size and the queue. */
    public String batchTooltip(GanttHit hit, String jobId, String unit) {
        String what;
        if (hit.kind() == org.servelab.ui.model.Timeline.PADDING) {
            what = get("gantt.paddingOf");
        } else if (hit.prefill() && hit.chunks() > 1) {
            what = format("gantt.chunkOf", hit.chunk(), hit.chunks(), number(hit.work()));
        } else if (hit.prefill()) {
            what = format("gantt.prefillOf", number(hit.work()), Integer.toString(hit.token()));
        } else {
            what = format("gantt.decodeToken", Integer.toString(hit.token()));
        }
        return format("gantt.tooltipBatch", jobId, what, number(hit.start()), number(hit.end()), unit,
                Integer.toString(hit.batchSize()), queue(hit.level()));
    }

    /** A legend entry for a quantum counted in iterations (token accounting). */
    public String queueWithIterations(int level, double iterations) {
        return new MessageFormat(get("gantt.queueIterations"), Locale.ROOT).format(
                new Object[] {Integer.toString(level + 1), (int) iterations});
    }

    public String stripSizeName() {
        return get("gantt.stripSizeName");
    }

    public String stripTokensName() {
        return get("gantt.stripTokensName");
    }

    public String stripKvName() {
        return get("gantt.stripKvName");
    }

    public String stripSize(String max) {
        return format("gantt.stripSize", max);
    }

    public String stripTokens(String max) {
        return format("gantt.stripTokens", max);
    }

    public String stripKv(String max) {
        return format("gantt.stripKv", max);
    }

    public String stripKvCapacity(String capacity) {
        return format("gantt.stripKvCapacity", capacity);
    }

    /** The strip's tooltip: iteration number, times, batch size, tokens and KV use. */
    public String stripTooltip(int iteration, String start, String end, String unit, int size, int tokens, long kv,
                               long capacity) {
        String memory = capacity > 0 ? format("gantt.kvOf", number(kv), number(capacity))
                : format("gantt.kvBlocks", number(kv));
        return format("gantt.stripTooltip", number(iteration), start, end, unit, number(size), number(tokens), memory);
    }

    /** The tooltip of a waiting bar: whose, since when, how long at the time pointed at, and the arrival. */
    public String waitingTooltip(String jobId, double since, double at, double arrival, String unit) {
        return format("gantt.waitingTip", jobId, number(since), number(at - since), number(at), unit, number(arrival));
    }

    public String waiting() {
        return get("gantt.waiting");
    }

    public String padding() {
        return get("gantt.padding");
    }

    /** The title line of an exported chart: trace, policy and its settings, number of jobs. */
    public String title(String trace, String description, int jobs) {
        return format("gantt.title", trace, description, number(jobs));
    }

    public String queue(int level) {
        return format("gantt.queue", Integer.toString(level + 1));
    }

    /** A legend entry: the queue and its quantum, or just the queue when it has none. */
    public String queueWithQuantum(int level, double quantum, String unit) {
        if (Double.isNaN(quantum) || Double.isInfinite(quantum)) {
            return queue(level);
        }
        return format("gantt.queueQuantum", Integer.toString(level + 1), number(quantum), unit);
    }

    public String jct(double jct) {
        return format("gantt.jct", number(jct));
    }

    public String axis(String unit) {
        return format("gantt.axis", unit);
    }

    public String prefill() {
        return get("gantt.prefill");
    }

    public String decode() {
        return get("gantt.decode");
    }

    public String arrival() {
        return get("gantt.arrival");
    }

    public String now() {
        return get("gantt.now");
    }

    /** A time for people, in the window's one format ({@link org.servelab.ui.i18n.Numbers#number}). */
    public static String number(double v) {
        return org.servelab.ui.i18n.Numbers.number(v);
    }
}
