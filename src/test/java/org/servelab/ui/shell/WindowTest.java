package org.servelab.ui.shell;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servelab.ui.files.TraceFiles;
import org.servelab.ui.i18n.Messages;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, opened in English on Figure 6(c) before each test and closed after it. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    protected App app;

    // TestFX looks for @Start and @Stop on the test class only, not on its superclasses; JUnit runs these
    // after the extension has registered the primary stage and before it cleans up
    @BeforeEach
    void openWindow() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            app = new App();
            app.open(stage, TraceFiles.defaultTrace(), Messages.of(Locale.ENGLISH));
        });
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.setupFixture(() -> app.stop());
    }

    /** Lets {@code n} pulses pass (20 ms apart), with the FX events they post. */
    static void pulses(int n) {
        for (int i = 0; i < n; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
