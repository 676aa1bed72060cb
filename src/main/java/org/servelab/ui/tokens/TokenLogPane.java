package org.servelab.ui.tokens;

import javafx.collections.ObservableList;
import javafx.scene.text.Font;

import org.servelab.ui.i18n.Messages;
import org.servelab.ui.lines.LinesPane;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.TokenLine;

/**
 * The token log, one line per token, drawn on a canvas: only the visible lines are ever formatted, so
 * a run with millions of tokens scrolls as fast as one with six. While scrolled to the bottom it
 * follows the newest line.
 */
public final class TokenLogPane extends LinesPane {

    private static final int TIME_WIDTH = 12;
    private static final int ID_WIDTH = 6;
    private static final Font FONT = Font.font("Monospaced", 12);

    private final ObservableList<TokenLine> lines;
    private final Messages messages;
    private final String unit;

    public TokenLogPane(RunModel model, Messages messages) {
        super(model.tokens(), FONT);
        this.lines = model.tokens();
        this.messages = messages;
        this.unit = model.getRecording().trace().timeUnit().symbol();
        setId("tokenLog");
        getStyleClass().add("token-log");
    }

    /** The lines shown (the model's token log). */
    public ObservableList<TokenLine> lines() {
        return lines;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    @Override
    protected int lineCount() {
        return lines.size();
    }

    @Override
    protected String text(int i) {
        TokenLine t = lines.get(i);
        return messages.format("tokens.line", pad(messages.number(t.time()), TIME_WIDTH), unit,
                pad(t.job(), ID_WIDTH), t.token(), t.level() + 1);
    }
}
