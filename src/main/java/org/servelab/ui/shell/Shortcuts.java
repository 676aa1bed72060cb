package org.servelab.ui.shell;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Space plays or pauses, Right steps forward, Left steps back, Home resets, in the tab that is
 * showing; not while typing, and not in a tab without playback (there Space ticks a check box).
 */
final class Shortcuts {

    private Shortcuts() {
    }

    static void install(Scene scene, Supplier<KeyActions> target) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl || (focus instanceof ComboBoxBase && ((ComboBoxBase<?>) focus).isShowing())) {
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
