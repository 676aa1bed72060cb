package org.servelab.ui.i18n;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the engine's and the trace readers' error messages (written in English for the command line) into
 * the window's language: the known forms are matched and re-worded from the message bundle
 * ({@code error.*}); anything else is shown as it is. Errors the window words itself carry their key and
 * arguments ({@link Wording}) and need no matching.
 */
public final class ErrorText {

    /** A known English form and the message key that words it; groups become the key's arguments. */
    private record Form(Pattern pattern, String key) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("^token accounting runs with Max batch 1 only$"), "error.tokenAccounting"),
            new Form(Pattern.compile("^job (\\S+) needs (\\d+) KV blocks of (\\d+) tokens \\((\\d+) tokens"
                    + "(?: reserved)?\\) but the capacity is (\\d+) blocks.*$"), "error.kvTooSmall"),
            new Form(Pattern.compile("^must be a number, got (.*)$"), "error.notNumber"),
            new Form(Pattern.compile("^must be a whole number >= (\\S+), got (.*)$"), "error.wholeAtLeast"),
            new Form(Pattern.compile("^must be >= (\\S+), got (.*)$"), "error.atLeast"),
            new Form(Pattern.compile("^must be a positive number, got (.*)$"), "error.positive"),
            new Form(Pattern.compile("^must be a number >= 0, got (.*)$"), "error.nonNegative"),
            new Form(Pattern.compile("^must be a text, got (.*)$"), "error.text"),
            new Form(Pattern.compile("^must be a non-blank text, got (.*)$"), "error.text"),
            new Form(Pattern.compile("^must be a finite number, got (.*)$"), "error.finite"),
            new Form(Pattern.compile("^must be \"us\", \"ms\" or \"s\", got (.*)$"), "error.timeUnit"),
            new Form(Pattern.compile("^missing value$"), "error.missingValue"),
            new Form(Pattern.compile("^missing: (.*)$"), "error.missing"),
            new Form(Pattern.compile("^missing value: the header has (\\d+) columns, this line has (\\d+)$"),
                    "error.columns"));

    private ErrorText() {
    }

    /** The message in the language of {@code messages}. */
    public static String of(String english, Messages messages) {
        if (english == null) {
            return "";
        }
        if (!"zh".equals(messages.locale().getLanguage())) {
            return english;
        }
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(english.trim());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1) == null ? "" : m.group(i + 1);
                }
                return messages.format(f.key(), args);
            }
        }
        return english;
    }
}
