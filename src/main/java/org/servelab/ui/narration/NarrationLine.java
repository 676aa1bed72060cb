package org.servelab.ui.narration;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.SimEvent;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.DecisionLog;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.RunRecording;

/**
 * One line above the queues that says what just happened and why ("t = 1 ms: J2 used its 1 ms quantum in Q1
 * → demoted to Q2 · next: J3 runs from Q2 ..."): the decisions of the boundary shown, and the next dispatch
 * or batch. Updated once per published change of the run.
 */
public final class NarrationLine extends Label {

    private static final int MAX_PARTS = 4;

    private final RunModel model;
    private final Messages messages;
    private final Narrator narrator;
    private long shownRevision = -1;

    public NarrationLine(RunModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.narrator = new Narrator(messages);
        setId("narration");
        getStyleClass().add("narration");
        setMaxWidth(Double.MAX_VALUE);
        setMinWidth(0);
        setWrapText(false);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        setTooltip(tip);
        WeakListeners.on(this, model.revisionProperty(), this::update);
        WeakListeners.on(this, model.openingProperty(), this::update);
        update();
    }

    private void update() {
        if (model.getRecording() == null || model.revisionProperty().get() == shownRevision && !model.isOpening()) {
            return;
        }
        shownRevision = model.revisionProperty().get();
        setText(text());
    }

    /** What the line says now. */
    public String text() {
        RunRecording r = model.getRecording();
        if (model.isOpening()) {
            return messages.get("narration.opening");
        }
        DecisionLog log = model.decisions();
        StringBuilder sb = new StringBuilder();
        int n = log.size();
        if (n > 0) {
            double t = log.get(n - 1).time();
            int first = n - 1;
            while (first > 0 && log.get(first - 1).time() == t && n - first < MAX_PARTS) {
                first--;
            }
            sb.append(messages.format("narration.at", narrator.time(r, t), ""));
            for (int i = first; i < n; i++) {
                if (i > first) {
                    sb.append(" \u00b7 ");
                }
                sb.append(narrator.tell(r, log.get(i)));
            }
        }
        String next = next(r);
        if (next != null) {
            if (sb.length() > 0) {
                sb.append("   \u25b8 ");
            }
            sb.append(messages.format("narration.next", next));
        }
        return sb.toString();
    }

    private String next(RunRecording r) {
        if (r.batched()) {
            int k = model.iterationsApplied();
            if (k < r.iterations() && model.iterationEnded()) {
                return messages.format("narration.nextBatch", r.batches().iterSize(k));
            }
            return null;
        }
        SimEvent e = model.nextDecision();
        if (e instanceof JobDispatched && model.slotJob() < 0) {
            return narrator.tell(r, e);
        }
        return null;
    }
}
