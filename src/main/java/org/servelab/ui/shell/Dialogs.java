package org.servelab.ui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Small message dialogs of the shell. */
final class Dialogs {

    private Dialogs() {
    }

    static void info(Window owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.show();
    }
}
