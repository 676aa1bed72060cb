package org.servelab.ui.narration;

import javafx.scene.text.Font;

import org.servelab.ui.i18n.Messages;
import org.servelab.ui.lines.LinesPane;
import org.servelab.ui.model.RunModel;

/**
 * The decision log: one line per decision of the run up to the displayed time, with its reason, drawn on a
 * canvas (only the visible lines are ever worded). While scrolled to the bottom it follows the newest line.
 */
public final class DecisionLogPane extends LinesPane {

    private final RunModel model;
    private final Narrator narrator;

    public DecisionLogPane(RunModel model, Messages messages) {
        super(model.decisions(), Font.font(12));
        this.model = model;
        this.narrator = new Narrator(messages);
        setId("decisionLog");
        getStyleClass().add("decision-log");
    }

    /** The line i as shown (tests). */
    public String line(int i) {
        return narrator.line(model.getRecording(), model.decisions().get(i));
    }

    public int lines() {
        return model.decisions().size();
    }

    @Override
    protected int lineCount() {
        return lines();
    }

    @Override
    protected String text(int i) {
        return line(i);
    }
}
