package org.servelab.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI text of one language. Views get an instance in their constructor and read every word here. */
public final class Messages {

    public static final String BUNDLE = "org.servelab.ui.messages";
    /** The languages the window offers, in menu order. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts for a language; Chinese for any {@code zh} locale, English otherwise. */
    public static Messages of(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        return new Messages(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** Parses {@code en} / {@code zh} (as in {@code --lang=zh}); the system locale for anything else. */
    public static Messages forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return of(Locale.getDefault());
        }
        return of(Locale.forLanguageTag(tag.trim()));
    }

    /** The bundle itself, for components that take one (the JCT histogram reads its keys). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        MessageFormat f = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        synchronized (f) {
            return f.format(args);
        }
    }

    /** Each pattern parsed once (the window formats its labels every frame while playing). */
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    /** A time or other measure in the window's one format ({@link Numbers#number}), "–" when unknown. */
    public String number(double v) {
        return Numbers.number(v);
    }

    /** A whole count with grouping. */
    public String count(long n) {
        return Numbers.count(n);
    }
}
