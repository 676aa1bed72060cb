package org.servelab.ui.seqsched;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Locale;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.seqsched.OfflineBatch;
import org.servelab.seqsched.OfflineResult;
import org.servelab.ui.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The offline batch view on 256 Alpaca queries, headless. */
@ExtendWith(ApplicationExtension.class)
class OfflineBatchViewTest {

    private OfflineBatchModel model;
    private OfflineBatchView view;

    @Start
    void start(Stage stage) {
        model = new OfflineBatchModel();
        view = new OfflineBatchView(model, Messages.of(Locale.ENGLISH));
        stage.setScene(new Scene(view, 1240, 780));
        stage.show();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void vanillaAndSequenceSchedulingSideBySide(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#vanillaRunSummary")).contains("samples/s").contains("16 batches");
        assertThat(text(robot, "#scheduledRunSummary")).contains("failures");
        assertThat(text(robot, "#gainLabel")).startsWith("Sequence scheduling: 1.");
        assertThat(text(robot, "#qualityLabel")).contains("the paper's predictor: 62, 59 %, 81 %");
        Rectangle2D first = view.vanilla().blocks().block(0);
        OfflineResult v = model.vanillaProperty().get();
        Rectangle2D second = view.vanilla().blocks().block(1);
        assertThat(second.getMinX()).as("the next batch starts where the first ends").isEqualTo(first.getMaxX());
        assertThat(first.getWidth() / v.batches().get(0).length())
                .as("one scale: pixels per iteration in both runs")
                .isCloseTo(view.scheduled().blocks().block(0).getWidth()
                        / model.scheduledProperty().get().batches().get(0).length(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theBatchSizeSliderReRunsBothSides(FxRobot robot) {
        robot.interact(() -> robot.lookup("#batchSizeSlider").queryAs(Slider.class).setValue(32));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.vanillaProperty().get().settings().batchSize()).isEqualTo(32);
        assertThat(text(robot, "#vanillaRunSummary")).contains("8 batches");
        assertThat(text(robot, "#batchSizeValue")).isEqualTo("32");
    }

    @Test
    void aPerfectPredictorFailsNothingAndABadOneLinksFailuresToTheirReRuns(FxRobot robot) {
        robot.interact(() -> robot.lookup("#sigmaSlider").queryAs(Slider.class).setValue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.scheduledProperty().get().failures()).isZero();
        assertThat(view.scheduled().blocks().links()).isZero();
        robot.interact(() -> robot.lookup("#sigmaSlider").queryAs(Slider.class).setValue(1));
        WaitForAsyncUtils.waitForFxEvents();
        OfflineResult s = model.scheduledProperty().get();
        assertThat(s.strategy().name()).isEqualTo("noisy:1+vbs+fcr");
        assertThat(s.failures()).isPositive();
        assertThat(view.scheduled().blocks().links()).isPositive();
        assertThat(s.batches()).anyMatch(b -> b.kind() == OfflineBatch.Kind.RERUN);
    }

    @Test
    void pointingAtABatchSaysWhatItDid(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        BatchBlocksView blocks = view.vanilla().blocks();
        Rectangle2D first = blocks.block(0);
        robot.interact(() -> {
            javafx.geometry.Point2D p = blocks.localToScreen(first.getMinX() + first.getWidth() / 2,
                    first.getMaxY() - 2);
            robot.moveTo(p);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#hoverLabel")).startsWith("Batch 0 (group 0): 16 queries, cap 512");
    }

    @Test
    void usefulTokensFailedMembersAndPaddingAreDrawn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> shot[0] = SwingFXUtils.fromFXImage(view.snapshot(null, null), null));
        assertThat(model.scheduledProperty().get().failures()).as("SIGMA 0.4 fails some").isPositive();
        assertThat(pixels(shot[0], BlockPainter.USEFUL)).isGreaterThan(1000);
        assertThat(pixels(shot[0], BlockPainter.FAILED)).isGreaterThan(100);
        assertThat(pixels(shot[0], BlockPainter.PADDING)).isGreaterThan(1000);
    }

    private static int pixels(BufferedImage image, javafx.scene.paint.Color c) {
        int rgb = (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
