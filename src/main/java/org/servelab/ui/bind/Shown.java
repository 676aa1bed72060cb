package org.servelab.ui.bind;

import javafx.scene.Node;

/** Whether a node can be seen: it and every node above it are visible (a tab that is not selected is not). */
public final class Shown {

    private Shown() {
    }

    public static boolean isShown(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
