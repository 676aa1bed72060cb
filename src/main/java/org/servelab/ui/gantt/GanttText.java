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

    private static final Map<String, String> ENGLISH = Map.of(
            "gantt.tooltip", "{0}, token {1} ({2})\n{3} \u2013 {4} {5}\nqueue {6}",
            "gantt.prefill", "prefill",
            "gantt.decode", "decode",
            "gantt.jct", "JCT {0}",
            "gantt.axis", "time ({0})",
            "gantt.queue", "Q{0}",
            "gantt.queueQuantum", "Q{0}: {1} {2}",
            "gantt.arrival", "arrival",
            "gantt.now", "now");

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
        return new MessageFormat(get(key), Locale.ROOT).format(args);
    }

    /** Tooltip of one iteration: job, token, prefill or decode, start, end, unit and queue. */
    public String tooltip(GanttHit hit, String jobId, String unit) {
        return format("gantt.tooltip", jobId, Integer.toString(hit.token()),
                hit.prefill() ? get("gantt.prefill") : get("gantt.decode"),
                number(hit.start()), number(hit.end()), unit, queue(hit.level()));
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

    /**
     * A time for people: integers as integers, otherwise at most three significant decimals; thousands
     * grouped with commas, as in the statistics and the tables.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        double a = Math.abs(v);
        String s;
        if (a >= 100) {
            s = String.format(Locale.ROOT, "%,.1f", v);
        } else if (a >= 1) {
            s = String.format(Locale.ROOT, "%.2f", v);
        } else {
            s = String.format(Locale.ROOT, "%.3g", v);
        }
        if (s.indexOf('.') >= 0 && s.indexOf('e') < 0) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
