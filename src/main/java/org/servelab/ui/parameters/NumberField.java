package org.servelab.ui.parameters;

import java.util.function.DoublePredicate;

import javafx.beans.property.Property;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;

/**
 * A text field for a number that may be left empty for a special value (automatic quantum, no starvation
 * limit, unlimited memory). It applies a value as soon as what is typed is a valid number, as every other
 * control of the pane does; what is not valid is outlined and said in words under the field, in the
 * window's language, and leaves the run alone.
 */
final class NumberField extends VBox {

    private final TextField field = new TextField();
    private final Label message = new Label();
    private final Property<Number> property;
    private final double empty;
    private final Messages messages;
    private final DoublePredicate valid;
    private final String rule;
    private final boolean whole;
    private boolean showing;

    /**
     * @param empty the value an empty field stands for
     * @param valid which numbers are accepted
     * @param rule  message key of what is accepted ("a number greater than 0")
     * @param whole whether only whole numbers are accepted
     */
    NumberField(String id, String prompt, Property<Number> property, double empty, DoublePredicate valid, String rule,
                boolean whole, Messages messages) {
        this.property = property;
        this.empty = empty;
        this.valid = valid;
        this.rule = rule;
        this.whole = whole;
        this.messages = messages;
        field.setId(id);
        field.setPromptText(prompt);
        message.setId(id + "Message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        getChildren().addAll(field, message);
        setSpacing(2);
        show(property.getValue().doubleValue());
        WeakListeners.on(field, property, () -> {
            if (!showing) {
                show(property.getValue().doubleValue());
            }
        });
        field.textProperty().addListener((o, a, b) -> commit());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused && message.isVisible()) {
                show(property.getValue().doubleValue());
            }
        });
    }

    TextField field() {
        return field;
    }

    Label message() {
        return message;
    }

    private boolean special(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) || v == empty || v < 0 && empty < 0;
    }

    private void show(double v) {
        showing = true;
        try {
            field.setText(special(v) ? "" : messages.number(v).replace(",", ""));
        } finally {
            showing = false;
        }
        refuse(null);
    }

    private void commit() {
        if (showing) {
            return;
        }
        String text = field.getText().trim();
        double v;
        if (text.isEmpty()) {
            v = empty;
        } else {
            try {
                v = Double.parseDouble(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                refuse(messages.format("field.notNumber", text));
                return;
            }
            if (!valid.test(v) || Double.isInfinite(v) || whole && v != Math.rint(v)) {
                refuse(messages.format("field.refused", text, messages.get(rule)));
                return;
            }
        }
        refuse(null);
        if (Double.compare(v, property.getValue().doubleValue()) != 0) {
            showing = true;
            try {
                if (whole) {
                    property.setValue(Math.round(v));
                } else {
                    property.setValue(v);
                }
            } finally {
                showing = false;
            }
        }
    }

    private void refuse(String why) {
        boolean bad = why != null;
        if (bad && !field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        } else if (!bad) {
            field.getStyleClass().remove("invalid");
        }
        message.setText(bad ? why : "");
        message.setVisible(bad);
        message.setManaged(bad);
    }
}
