package org.servelab.ui.seqsched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.shell.App;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The offline batch tab in the real window: built when first shown, in both languages. */
@ExtendWith(ApplicationExtension.class)
class OfflineBatchTabTest {

    private App app;

    @Start
    void start(Stage stage) {
        app = new App();
        app.open(stage, TraceFiles.defaultTrace(), Messages.of(Locale.ENGLISH));
    }

    @Stop
    void stop() {
        app.stop();
    }

    private Tab tab(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(x -> OfflineBatchTab.ID.equals(x.getId())))
                .findFirst().orElseThrow();
        return tabs.getTabs().stream().filter(x -> OfflineBatchTab.ID.equals(x.getId())).findFirst().orElseThrow();
    }

    @Test
    void theTabIsBuiltWhenFirstShownAndPausesThePlayback(FxRobot robot) {
        Tab tab = tab(robot);
        assertThat(tab.getText()).isEqualTo("Offline batches");
        assertThat(tab.getContent()).as("nothing built before it is shown").isNull();
        robot.interact(() -> {
            app.playback().play();
            app.window().showOfflineBatches(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.getContent()).isInstanceOf(OfflineBatchView.class);
        assertThat(app.playback().playingProperty().get()).isFalse();
        assertThat(robot.lookup("#gainLabel").tryQuery()).isPresent();
    }

    @Test
    void chineseWords(FxRobot robot) {
        robot.interact(() -> app.switchLanguage(Locale.SIMPLIFIED_CHINESE));
        robot.interact(() -> app.window().showOfflineBatches(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab(robot).getText()).isEqualTo("离线批处理");
        assertThat(robot.lookup("#vanillaRunSummary").queryLabeled().getText()).contains("条/秒");
    }
}
