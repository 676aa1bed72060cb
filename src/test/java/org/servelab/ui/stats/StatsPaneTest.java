package org.servelab.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.policy.MlfqParameters;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.RunRecording;
import org.servelab.ui.model.RunSetup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The statistics are written at once when paused or stepping, and a few times a second while playing. */
@ExtendWith(ApplicationExtension.class)
class StatsPaneTest {

    private RunModel model;
    private StatsPane pane;
    private final BooleanProperty playing = new SimpleBooleanProperty(false);

    @Start
    void start(Stage stage) {
        model = new RunModel();
        model.load(RunRecording.simulate(new RunSetup(TraceFiles.defaultTrace(), "skip-join-mlfq",
                MlfqParameters.defaults())));
        // not in a scene: the frame pacer does not call it
        pane = new StatsPane(model, Messages.of(Locale.ENGLISH), new Pane(), playing);
    }

    private String done() {
        return ((Label) pane.lookup("#doneValue")).getText();
    }

    @Test
    void numbersWaitForTheirTurnWhilePlayingAndAreWrittenWhenItStops(FxRobot robot) {
        robot.interact(() -> {
            int jobs = model.getRecording().trace().size();
            assertThat(done()).isEqualTo("0 / " + jobs);
            model.seek(model.getRecording().end());
            assertThat(done()).as("paused: written at once").isEqualTo(jobs + " / " + jobs);
            model.seekOpening();
            assertThat(done()).isEqualTo("0 / " + jobs);

            playing.set(true);
            model.seek(model.getRecording().end());
            assertThat(done()).as("playing: not written before its turn").isEqualTo("0 / " + jobs);
            playing.set(false);
            assertThat(done()).as("written when the play stops").isEqualTo(jobs + " / " + jobs);
        });
    }
}
