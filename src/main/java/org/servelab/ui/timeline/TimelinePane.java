package org.servelab.ui.timeline;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.engine.Schedule;
import org.servelab.ui.gantt.GanttView;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.RunRecording;

/** The Gantt chart of the run with its zoom buttons; its now-line follows the displayed time. */
public final class TimelinePane extends BorderPane {

    private final GanttView gantt;

    public TimelinePane(RunModel model, Messages messages) {
        getStyleClass().add("timeline-pane");
        gantt = new GanttView(messages.bundle());
        gantt.setId("gantt");
        gantt.setSchedule(schedule(model.getRecording()));
        WeakListeners.on(this, model.recordingProperty(), () -> gantt.setSchedule(schedule(model.getRecording())));
        gantt.nowProperty().bind(model.timeProperty());
        Label title = new Label(messages.get("timeline.title"));
        title.getStyleClass().add("section-title");
        HBox bar = new HBox(4, title, button("zoomInButton", "+", messages.get("timeline.zoomIn"), gantt::zoomIn),
                button("zoomOutButton", "−", messages.get("timeline.zoomOut"), gantt::zoomOut),
                button("fitButton", messages.get("timeline.fit"), messages.get("timeline.fit.tip"), gantt::fitAll));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        setTop(bar);
        setCenter(gantt);
    }

    private static Schedule schedule(RunRecording r) {
        return r == null ? null : r.schedule();
    }

    public GanttView gantt() {
        return gantt;
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
