package org.servelab.ui.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;

import org.servelab.ui.bind.FramePacer;
import org.servelab.ui.bind.LayoutBoundary;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.StatsModel;

/**
 * The statistics of the jobs finished so far, beside the live JCT histogram. While the run plays, the numbers
 * are written when the histograms take in new values (a few times a second, in their turn of the
 * {@link FramePacer}), not every frame; paused, stepping or scrubbing, at once.
 */
public final class StatsPane extends BorderPane {

    /** The turn among the histogram feeds' in which the numbers are written while playing. */
    private static final int FEED_TURN = 0;

    private final RunModel model;
    private final Messages messages;
    private final ObservableBooleanValue playing;
    private final List<Label> values = new ArrayList<>();
    private final List<Supplier<String>> texts = new ArrayList<>();
    private final List<Label> units = new ArrayList<>();
    private boolean stale;

    public StatsPane(RunModel model, Messages messages, Node histogram) {
        this(model, messages, histogram, null);
    }

    /** @param playing whether the run plays (numbers are then written a few times a second), or {@code null} */
    public StatsPane(RunModel model, Messages messages, Node histogram, ObservableBooleanValue playing) {
        this.model = model;
        this.messages = messages;
        this.playing = playing;
        getStyleClass().add("stats-pane");
        StatsModel s = model.stats();
        // the numbers change every frame while playing: the grid is laid out alone (not every pane up to the
        // window's root), and its column only ever widens, so that the histograms beside it keep their size
        LayoutBoundary[] column = new LayoutBoundary[1];
        GridPane grid = new GridPane() {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                double pref = prefWidth(-1);
                if (pref > getMinWidth()) {
                    setMinWidth(pref);
                    column[0].requestLayout();
                }
            }
        };
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        int row = 0;
        row = add(grid, row, "stats.done", "doneValue",
                () -> messages.count(s.doneProperty().get()) + " / " + messages.count(s.totalProperty().get()), false);
        row = add(grid, row, "stats.meanJct", "meanJctValue", number(s.meanJctProperty()), true);
        row = add(grid, row, "stats.p50", "p50Value", number(s.p50Property()), true);
        row = add(grid, row, "stats.p90", "p90Value", number(s.p90Property()), true);
        row = add(grid, row, "stats.p99", "p99Value", number(s.p99Property()), true);
        row = add(grid, row, "stats.max", "maxValue", number(s.maxProperty()), true);
        row = add(grid, row, "stats.meanTtft", "meanTtftValue", number(s.meanTtftProperty()), true);
        add(grid, row, "stats.meanTpot", "meanTpotValue", number(s.meanTpotProperty()), true);
        column[0] = LayoutBoundary.of(grid);
        WeakListeners.on(this, s.updatesProperty(), this::changed);
        WeakListeners.on(this, model.recordingProperty(), this::writeUnits);
        if (playing != null) {
            WeakListeners.on(this, playing, () -> {
                if (!playing.get() && stale) {
                    write();
                }
            });
        }
        FramePacer.attach(this, now -> {
            if (stale && FramePacer.isFeedTurn(FEED_TURN)) {
                write();
            }
        });
        write();
        writeUnits();
        setLeft(column[0]);
        setCenter(histogram);
    }

    private void changed() {
        if (playing != null && playing.get()) {
            stale = true;
        } else {
            write();
        }
    }

    private void write() {
        stale = false;
        for (int i = 0; i < values.size(); i++) {
            values.get(i).setText(texts.get(i).get());
        }
    }

    private void writeUnits() {
        String unit = model.getRecording() == null ? "" : model.getRecording().trace().timeUnit().symbol();
        for (Label u : units) {
            u.setText(unit);
        }
    }

    private Supplier<String> number(ReadOnlyDoubleProperty p) {
        return () -> messages.number(p.get());
    }

    private int add(GridPane grid, int row, String key, String id, Supplier<String> text, boolean unit) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("stat-name");
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("stat-value");
        GridPane.setHalignment(value, HPos.RIGHT);
        values.add(value);
        texts.add(text);
        Label unitLabel = new Label();
        unitLabel.getStyleClass().add("stat-unit");
        if (unit) {
            units.add(unitLabel);
        }
        grid.addRow(row, name, value, unitLabel);
        return row + 1;
    }
}
