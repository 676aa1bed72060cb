package org.servelab.ui.timeline;

import java.util.function.DoubleConsumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.gantt.BatchStrip;
import org.servelab.ui.gantt.GanttView;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.RunRecording;
import org.servelab.ui.model.Timeline;

/**
 * The Gantt chart of the run with its zoom buttons and, for a batching run, the strip of batch size, tokens
 * per iteration and KV use under it; one now-line runs through both and follows the displayed time. With
 * "Follow" on, the chart keeps the now-line in view and scrolls to the rows of the running jobs.
 */
public final class TimelinePane extends BorderPane {

    private final GanttView gantt;
    private final BatchStrip strip;
    private final RunModel model;
    private final ToggleButton follow;

    public TimelinePane(RunModel model, Messages messages, DoubleConsumer seek) {
        this.model = model;
        getStyleClass().add("timeline-pane");
        gantt = new GanttView(messages);
        gantt.setId("gantt");
        strip = new BatchStrip(messages);
        strip.setId("batchStrip");
        strip.setOnSeek(seek);
        strip.visibleStartProperty().bind(gantt.visibleStartProperty());
        strip.visibleEndProperty().bind(gantt.visibleEndProperty());
        strip.nowProperty().bind(model.timeProperty());
        show(model.getRecording());
        WeakListeners.on(this, model.recordingProperty(), () -> show(model.getRecording()));
        gantt.nowProperty().bind(model.timeProperty());
        follow = new ToggleButton(messages.get("timeline.follow"));
        follow.setId("followButton");
        follow.setFocusTraversable(false);
        follow.setTooltip(new Tooltip(messages.get("timeline.follow.tip")));
        follow.setSelected(true);
        gantt.followNowProperty().bind(follow.selectedProperty());
        WeakListeners.on(this, model.revisionProperty(), this::revealRunning);
        Label title = new Label(messages.get("timeline.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("timeline.hint"));
        hint.getStyleClass().add("hint-label");
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMinWidth(0);
        HBox bar = new HBox(4, title, button("zoomInButton", "+", messages.get("timeline.zoomIn"), gantt::zoomIn),
                button("zoomOutButton", "−", messages.get("timeline.zoomOut"), gantt::zoomOut),
                button("fitButton", messages.get("timeline.fit"), messages.get("timeline.fit.tip"), gantt::fitAll),
                follow, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        setTop(bar);
        VBox.setVgrow(gantt, Priority.ALWAYS);
        setCenter(new VBox(gantt, strip));
    }

    private void show(RunRecording r) {
        Timeline t = r == null ? null : r.timeline();
        gantt.setTimeline(t);
        strip.timelineProperty().set(t);
        boolean batched = t != null && t.batched();
        strip.setVisible(batched);
        strip.setManaged(batched);
        if (gantt.painter() != null) {
            strip.labelWidthProperty().set(gantt.painter().labelWidth());
        }
        strip.rightInsetProperty().set(gantt.plotRightInset());
    }

    /** What the chart shows: its time window, its row scroll and whether it follows the now-line. */
    public record View(double start, double end, double rowScroll, boolean follow) {
    }

    /** The chart's view now (kept when the window is rebuilt in another language). */
    public View view() {
        return new View(gantt.getVisibleStart(), gantt.getVisibleEnd(), gantt.getRowScroll(), follow.isSelected());
    }

    /** Shows the view of another pane over the same run. */
    public void restore(View v) {
        follow.setSelected(v.follow());
        gantt.setWindow(v.start(), v.end());
        gantt.setRowScroll(v.rowScroll());
    }

    /** Presentation mode: the chart's and the strip's text (and rows) this many times their normal size. */
    public void setScale(double scale) {
        gantt.setTextScale(scale);
        strip.setTextScale(scale);
        if (gantt.painter() != null) {
            strip.labelWidthProperty().set(gantt.painter().labelWidth());
        }
    }

    /** While following, the rows of the running jobs are kept in view. */
    private void revealRunning() {
        if (!follow.isSelected()) {
            return;
        }
        strip.rightInsetProperty().set(gantt.plotRightInset());
        for (int s = 0; s < model.slotCount(); s++) {
            int j = model.slotJob(s);
            if (j >= 0) {
                gantt.revealJob(j);
                return;
            }
        }
    }

    public GanttView gantt() {
        return gantt;
    }

    public BatchStrip strip() {
        return strip;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
