package org.servelab.ui.gantt;

import java.util.Locale;

import org.servelab.ui.i18n.Messages;

/**
 * The words of the Gantt chart, from the window's messages (keys {@code gantt.*}), whose patterns are parsed
 * once there. Numbers are formatted here, in the window's one format, so that the tooltip, the legend and the
 * axis agree.
 */
public final class GanttText {

    private final Messages messages;

    /** The English words. */
    public GanttText() {
        this(Messages.of(Locale.ENGLISH));
    }

    public GanttText(Messages messages) {
        this.messages = messages;
    }

    String get(String key) {
        return messages.get(key);
    }

    private String format(String key, Object... args) {
        return messages.format(key, args);
    }

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
        return format("gantt.queueIterations", Integer.toString(level + 1), (int) iterations);
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
