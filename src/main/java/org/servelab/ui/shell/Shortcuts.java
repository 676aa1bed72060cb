package org.servelab.ui.shell;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space plays or pauses, Right steps forward, Left steps back, Home resets, in the tab that is showing. A
 * key does one thing: while a field, a slider or an open list has the focus, the keys are its own (arrows
 * move the focused slider, Home goes to its start) and the run is left alone; Escape gives the keys back to
 * the run. In a tab without playback the keys keep their usual meaning (there Space ticks a check box).
 */
final class Shortcuts {

    private Shortcuts() {
    }

    /**
     * Whether the focused node takes the playback keys for itself: a text field, a parameter slider (one that
     * takes focus by the keyboard), a spinner, an open list. The playback bar's sliders (time, speed) do not:
     * after dragging the speed, Home still resets the run and leaves the speed alone.
     */
    static boolean ownsKeys(Node focus) {
        return focus instanceof TextInputControl || focus instanceof Slider && focus.isFocusTraversable()
                || focus instanceof Spinner
                || focus instanceof ComboBoxBase && ((ComboBoxBase<?>) focus).isShowing();
    }

    static void install(Scene scene, Supplier<KeyActions> target) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (ownsKeys(focus)) {
                if (e.getCode() == KeyCode.ESCAPE && !(focus instanceof ComboBoxBase)) {
                    scene.getRoot().requestFocus();
                    e.consume();
                }
                return;
            }
            KeyActions playback = target.get();
            if (playback == null) {
                return;
            }
            switch (e.getCode()) {
                case SPACE:
                    playback.togglePlay();
                    break;
                case RIGHT:
                    playback.stepForward();
                    break;
                case LEFT:
                    playback.stepBack();
                    break;
                case HOME:
                    playback.reset();
                    break;
                default:
                    return;
            }
            e.consume();
        });
    }
}
