package org.servelab.ui.experiments;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.servelab.policy.Policies;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Fills the Experiments form through its controls, as a user would. */
final class SweepFormDriver {

    private final FxRobot robot;

    SweepFormDriver(FxRobot robot) {
        this.robot = robot;
    }

    /** Ticks exactly these policies, clicking the boxes that need it. */
    SweepFormDriver policies(String... names) {
        for (String p : Policies.NAMES) {
            CheckBox box = robot.lookup("#policy-" + p).queryAs(CheckBox.class);
            if (box.isSelected() != List.of(names).contains(p)) {
                robot.clickOn(box);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    SweepFormDriver text(String fieldId, String text) {
        TextField f = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
        return this;
    }

    <T> SweepFormDriver choose(String boxId, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup("#" + boxId).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
        return this;
    }

    void run() {
        robot.clickOn("#runSweepButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    String label(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }
}
