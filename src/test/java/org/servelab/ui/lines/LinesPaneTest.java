package org.servelab.ui.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A log on a canvas: it words only the lines in view, follows the newest while at the bottom, waits while hidden. */
@ExtendWith(ApplicationExtension.class)
class LinesPaneTest {

    /** Ten lines fit: (200 - 6) / 18. */
    private static final int VISIBLE = 10;

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final List<Integer> worded = new ArrayList<>();
    private LinesPane pane;

    @Start
    void start(Stage stage) {
        pane = new LinesPane(lines, Font.font(12)) {
            @Override
            protected int lineCount() {
                return lines.size();
            }

            @Override
            protected String text(int i) {
                worded.add(i);
                return lines.get(i);
            }
        };
        stage.setScene(new Scene(new StackPane(pane), 600, 200));
        stage.show();
    }

    private void add(FxRobot robot, int n) {
        robot.interact(() -> {
            int from = lines.size();
            IntStream.range(from, from + n).forEach(i -> lines.add("line " + i));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ScrollBar bar() {
        return (ScrollBar) pane.getChildrenUnmodifiable().stream().filter(ScrollBar.class::isInstance).findFirst()
                .orElseThrow();
    }

    @Test
    void onlyTheLinesInViewAreWordedAndTheNewestIsFollowed(FxRobot robot) {
        add(robot, 1_000);
        assertThat(pane.firstShown()).isEqualTo(1_000 - VISIBLE);
        assertThat(worded).isNotEmpty().allMatch(i -> i >= 1_000 - VISIBLE - 1 && i < 1_000);

        add(robot, 5);
        assertThat(pane.firstShown()).as("at the bottom, it follows").isEqualTo(1_005 - VISIBLE);
    }

    @Test
    void scrolledUpItStaysWhereItIs(FxRobot robot) {
        add(robot, 100);
        robot.interact(() -> bar().setValue(20));
        WaitForAsyncUtils.waitForFxEvents();
        worded.clear();
        add(robot, 50);
        assertThat(pane.firstShown()).isEqualTo(20);
        assertThat(worded).allMatch(i -> i >= 20 && i <= 20 + VISIBLE);
    }

    @Test
    void hiddenItWordsNothingUntilShown(FxRobot robot) {
        robot.interact(() -> pane.setVisible(false));
        worded.clear();
        add(robot, 100);
        assertThat(worded).isEmpty();
        // a tab selected lays its content out
        robot.interact(() -> {
            pane.setVisible(true);
            pane.requestLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(worded).isNotEmpty();
        assertThat(pane.firstShown()).isEqualTo(100 - VISIBLE);
    }
}
