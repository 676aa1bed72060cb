package org.servelab.ui.bind;

import java.util.Locale;
import java.util.function.Function;

import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.TextField;

/** A table's filter field: it keeps the rows whose text contains what the field holds. */
public final class TextFilter {

    private TextFilter() {
    }

    /**
     * The rows of {@code rows} whose {@code text} contains the text of {@code field}, trimmed, ignoring case;
     * every row while the field is blank. The list follows the field and the rows.
     */
    public static <T> FilteredList<T> rowsMatching(ObservableList<T> rows, TextField field,
                                                   Function<? super T, String> text) {
        FilteredList<T> filtered = new FilteredList<>(rows, r -> true);
        field.textProperty().addListener((o, a, b) -> {
            String f = b == null ? "" : b.trim().toLowerCase(Locale.ROOT);
            filtered.setPredicate(f.isEmpty() ? r -> true : r -> text.apply(r).toLowerCase(Locale.ROOT).contains(f));
        });
        return filtered;
    }
}
