package org.servelab.ui.i18n;

import java.util.Arrays;

/**
 * A text kept as a message key and its arguments, worded in a language only when shown. An argument that is
 * itself a {@code Wording} is worded in the same language first.
 */
public record Wording(String key, Object... args) {

    /** The text in the language of {@code messages}. */
    public String in(Messages messages) {
        Object[] worded = Arrays.copyOf(args, args.length);
        for (int i = 0; i < worded.length; i++) {
            if (worded[i] instanceof Wording w) {
                worded[i] = w.in(messages);
            }
        }
        return messages.format(key, worded);
    }
}
