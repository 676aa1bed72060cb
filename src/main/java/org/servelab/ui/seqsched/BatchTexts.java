package org.servelab.ui.seqsched;

import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import org.servelab.seqsched.OfflineBatch;
import org.servelab.seqsched.OfflineResult;
import org.servelab.ui.i18n.Messages;

/** The view's words, from its own bundle in the window's language, and its number formats. */
final class BatchTexts {

    static final String BUNDLE = "org.servelab.ui.seqsched.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    BatchTexts(Messages messages) {
        this.locale = messages.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    static String fixed(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    String summary(OfflineResult r) {
        return format("summary", fixed(r.throughput(), 2), fixed(r.totalSeconds(), 1), fixed(r.averageLength(), 1),
                fixed(100 * r.effectiveTokenRatio(), 1), fixed(100 * r.failureRatio(), 1), r.servingBatches());
    }

    String quality(OfflineResult r) {
        return format("quality", fixed(r.quality().meanError(), 0), fixed(100 * r.quality().within50(), 0),
                fixed(100 * r.quality().within100(), 0));
    }

    /** What the batch under the mouse is and did. */
    String hover(OfflineResult r, int index) {
        if (r == null || index < 0 || index >= r.batches().size()) {
            return get("hover.none");
        }
        OfflineBatch b = r.batches().get(index);
        String kind = get("kind." + b.kind().word());
        if (b.kind() == OfflineBatch.Kind.PREDICT) {
            return format("hover.predict", kind, b.index(), b.group(), b.size(), b.length(), fixed(b.seconds(), 2));
        }
        String text = format("hover.batch", kind, b.index(), b.group(), b.size(), b.cap(), b.length(),
                fixed(b.seconds(), 2));
        int[] failed = r.failedFrom(b);
        if (failed.length > 0) {
            Set<String> targets = new LinkedHashSet<>();
            for (int q : failed) {
                targets.add(Integer.toString(r.batchOf()[q]));
            }
            text += format("hover.failed", failed.length, String.join(" ", targets));
        }
        return text;
    }
}
