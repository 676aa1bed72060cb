package org.servelab.ui.parameters;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.TextField;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;

/**
 * A text field for a positive number that may be left empty for a special value (automatic quantum,
 * no starvation limit). It writes the property on Enter or when it loses focus; a bad entry is marked
 * and leaves the property alone.
 */
final class NumberField {

    private final TextField field = new TextField();
    private final DoubleProperty property;
    private final double empty;
    private final Messages messages;

    NumberField(String id, String prompt, DoubleProperty property, double empty, Messages messages) {
        this.property = property;
        this.empty = empty;
        this.messages = messages;
        field.setId(id);
        field.setPromptText(prompt);
        show(property.get());
        WeakListeners.on(field, property, () -> show(property.get()));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    TextField field() {
        return field;
    }

    private void show(double v) {
        boolean special = Double.isNaN(v) || Double.isInfinite(v) || (Double.isNaN(empty) ? false : v == empty);
        field.setText(special ? "" : messages.number(v));
        field.getStyleClass().remove("invalid");
    }

    private void commit() {
        String text = field.getText().trim();
        double v;
        if (text.isEmpty()) {
            v = empty;
        } else {
            try {
                v = Double.parseDouble(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                v = -1;
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                if (!field.getStyleClass().contains("invalid")) {
                    field.getStyleClass().add("invalid");
                }
                return;
            }
        }
        field.getStyleClass().remove("invalid");
        if (Double.compare(v, property.get()) != 0) {
            property.set(v);
        }
    }
}
