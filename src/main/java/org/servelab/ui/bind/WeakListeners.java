package org.servelab.ui.bind;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Registers a listener on a model that lives only as long as the node that owns it: the model holds
 * it weakly, the node strongly (in its properties).
 */
public final class WeakListeners {

    private static final Object KEY = new Object();

    private WeakListeners() {
    }

    /**
     * Runs {@code action} on every change of {@code source} while {@code owner} is alive; returns what
     * removes the listener before then.
     */
    public static Runnable on(Node owner, Observable source, Runnable action) {
        InvalidationListener listener = o -> {
            action.run();
            if (o instanceof ObservableValue) {
                // a value must be read to be told about its next change
                ((ObservableValue<?>) o).getValue();
            }
        };
        keep(owner, listener);
        WeakInvalidationListener weak = new WeakInvalidationListener(listener);
        source.addListener(weak);
        return () -> {
            source.removeListener(weak);
            held(owner).remove(listener);
        };
    }

    private static void keep(Node owner, InvalidationListener listener) {
        held(owner).add(listener);
    }

    @SuppressWarnings("unchecked")
    private static List<InvalidationListener> held(Node owner) {
        return (List<InvalidationListener>) owner.getProperties()
                .computeIfAbsent(KEY, k -> new ArrayList<InvalidationListener>());
    }
}
