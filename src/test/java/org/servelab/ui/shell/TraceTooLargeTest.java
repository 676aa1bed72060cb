package org.servelab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a trace with more jobs than the window may hold: the error dialog says how big the file is, the
 * limit and how to raise it, and the trace shown stays shown, name and all.
 */
class TraceTooLargeTest extends WindowTest {

    private static Path trace(Path dir, String name, int jobs) throws Exception {
        StringBuilder sb = new StringBuilder("{\"name\": \"" + name + "\", \"jobs\": [\n");
        for (int i = 0; i < jobs; i++) {
            sb.append("{\"promptTokens\": ").append(10 + i).append(", \"outputTokens\": 5}")
                    .append(i + 1 < jobs ? ",\n" : "\n");
        }
        return Files.writeString(dir.resolve(name + ".json"), sb.append("]}\n"));
    }

    private String traceLabel(FxRobot robot) {
        return robot.lookup("#traceLabel").queryAs(Label.class).getText();
    }

    @Test
    void aTraceOverTheLimitIsRefusedAndTheTraceShownStays(FxRobot robot, @TempDir Path dir) throws Exception {
        Path big = trace(dir, "big", 40);
        Path small = trace(dir, "small", 4);
        String before = traceLabel(robot);
        assertThat(before).contains("figure-6c");
        app.window().opener().setMaxJobs(5);

        robot.interact(() -> app.window().opener().open(big, app.scene().getWindow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().opener().lastError().isShowing()).isTrue();
        String text = app.window().opener().lastError().getContentText();
        assertThat(text).contains(big.toString(), "too many jobs for the window: more than 5",
                String.format(Locale.ROOT, "(%,d bytes, about ", Files.size(big)), "at most 5", "-Xmx", "servelab run");
        assertThat(text.lines()).as("the file, then the problem in one line").hasSize(2);
        robot.interact(() -> app.window().opener().lastError().close());
        assertThat(app.playback().traceProperty().get().name()).isEqualTo("figure-6c");
        assertThat(app.playback().run().rows()).hasSize(3);
        assertThat(traceLabel(robot)).isEqualTo(before);

        // the limit is the only reason: a trace within it opens
        robot.interact(() -> app.window().opener().open(small, app.scene().getWindow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.playback().traceProperty().get().name()).isEqualTo("small");
        assertThat(app.playback().run().rows()).hasSize(4);
        assertThat(traceLabel(robot)).contains("small");
    }
}
