package org.servelab.ui.files;

import java.util.Locale;

import org.servelab.ui.i18n.ErrorText;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.i18n.Wording;
import org.servelab.workload.InputException;

/**
 * Bad input found by the window itself: its problem is kept as a {@link Wording}, so that the window words it
 * in its own language; {@link #problem()} and the message are the English text.
 */
public final class WordedInputException extends InputException {
    private static final long serialVersionUID = 1L;

    private final transient Wording wording;

    public WordedInputException(String source, Wording wording, Throwable cause) {
        super(source, 0, null, wording.in(Messages.of(Locale.ENGLISH)), cause);
        this.wording = wording;
    }

    /** The problem as a key and arguments. */
    public Wording wording() {
        return wording;
    }

    /**
     * The problem of {@code e} in the language of {@code messages}: worded from its key when the window found it,
     * else as {@link ErrorText#of} puts the English text.
     */
    public static String problem(InputException e, Messages messages) {
        if (e instanceof WordedInputException w) {
            return w.wording.in(messages);
        }
        return ErrorText.of(e.problem(), messages);
    }
}
