package org.servelab.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.policy.MlfqParameters;
import org.servelab.ui.bind.FramePacer;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.gantt.GanttPalette;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.RunRecording;
import org.servelab.ui.model.RunSetup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The queue is paced by the window's one frame clock: while playing it repaints in its own turn only, once
 * in {@link FramePacer#TURNS} pulses; stepping repaints every pulse; a snapshot paints at once whatever the
 * pace.
 */
@ExtendWith(ApplicationExtension.class)
class QueuePacingTest {

    private RunModel model;
    private QueueView view;

    @Start
    void start(Stage stage) {
        model = new RunModel();
        model.load(RunRecording.simulate(new RunSetup(TraceFiles.defaultTrace(), "skip-join-mlfq",
                MlfqParameters.defaults())));
        // not in a scene: the pacer does not call it, the test does
        view = new QueueView(model, Messages.of(Locale.ENGLISH));
        view.resize(700, 300);
        view.layout();
    }

    @Test
    void whilePlayingTheQueueRepaintsInItsTurnOnly(FxRobot robot) {
        robot.interact(() -> {
            view.setPlaying(true);
            int paintsInTurn = 0;
            int before = view.paints();
            for (int f = 0; f < 4 * FramePacer.TURNS; f++) {
                FramePacer.countFrame();
                model.seek(0.25 * f); // the picture changes every frame
                int p = view.paints();
                view.frame(System.nanoTime());
                if (view.paints() > p) {
                    assertThat(FramePacer.isTurn(FramePacer.QUEUE)).as("painted in the queue's turn").isTrue();
                    paintsInTurn++;
                }
            }
            assertThat(view.paints() - before).isEqualTo(paintsInTurn).isEqualTo(4);

            view.setPlaying(false);
            before = view.paints();
            for (int f = 0; f < 2 * FramePacer.TURNS; f++) {
                FramePacer.countFrame();
                model.seek(3 + 0.25 * f);
                view.frame(System.nanoTime());
            }
            assertThat(view.paints() - before).as("stepping repaints every frame").isEqualTo(2 * FramePacer.TURNS);
        });
    }

    @Test
    void chipsChangingSizeInFlightReuseTheirImages(FxRobot robot) {
        robot.interact(() -> {
            view.setPlaying(false);
            long t = System.nanoTime();
            model.seekOpening();
            view.frame(t);
            long step = 2_000_000_000L;
            int dispatched = 0;
            for (int s = 0; s < 8; s++) {
                t += step;
                int before = model.slotJob(0);
                double next = model.getRecording().nextStop(model.getTime());
                model.seek(Double.isNaN(next) ? model.getRecording().end() : next);
                if (model.slotJob(0) >= 0 && model.slotJob(0) != before) {
                    dispatched++; // a chip glides from its lane into the wider slot, changing size on the way
                }
                view.frame(t);
                int afterFirstFrame = view.chipImages();
                for (int f = 1; f <= 20; f++) {
                    view.frame(t + f * 16_000_000L);
                }
                assertThat(view.chipImages()).as("no new chip image while chips glide, step " + s)
                        .isEqualTo(afterFirstFrame);
            }
            assertThat(dispatched).as("steps that move a chip into the slot").isPositive();
        });
    }

    @Test
    void chipImagesAreRasterisedAtTheRenderScale() {
        Color fill = Color.web("#2f6fba");
        Color stroke = fill.darker();
        WritableImage one = ChipImages.render(fill, stroke, 40, 16, 8, 1);
        WritableImage two = ChipImages.render(fill, stroke, 40, 16, 8, 2);
        assertThat(one.getWidth()).isEqualTo(42);
        assertThat(one.getHeight()).isEqualTo(18);
        assertThat(two.getWidth()).isEqualTo(84);
        assertThat(two.getHeight()).isEqualTo(36);
        assertThat(two.getPixelReader().getArgb(42, 18)).as("inside: the fill").isEqualTo(argb(fill));
        assertThat(two.getPixelReader().getArgb(42, 2)).as("on the top edge: the outline").isEqualTo(argb(stroke));
        assertThat(two.getPixelReader().getArgb(42, 0) >>> 24).as("above the edge: clear").isZero();
        assertThat(one.getPixelReader().getArgb(21, 9)).as("inside at scale 1: the fill").isEqualTo(argb(fill));
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void aSnapshotPaintsAtOnceWhilePlaying(FxRobot robot) {
        robot.interact(() -> {
            view.setPlaying(true);
            while (FramePacer.isTurn(FramePacer.QUEUE)) {
                FramePacer.countFrame();
            }
            model.seek(2);
            int before = view.paints();
            view.paintNow(System.nanoTime());
            assertThat(view.paints()).as("painted out of turn").isEqualTo(before + 1);
            WritableImage shot = view.canvas().snapshot(null, null);
            Color corner = shot.getPixelReader().getColor(1, 1);
            assertThat(corner).as("the canvas has its background").isEqualTo(GanttPalette.BACKGROUND);
        });
    }
}
