package org.servelab.ui.parameters;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.ArrivalsModel;

/** The arrivals group of the parameters: as loaded, fixed rate, Poisson or Gamma, with rate and CV. */
final class ArrivalsBox {

    private final List<Node> nodes;

    @SuppressWarnings("unchecked")
    ArrivalsBox(ArrivalsModel model, Messages messages) {
        ComboBox<String> kind = ParametersPane.combo("arrivalsBox", ArrivalsModel.KINDS,
                k -> messages.get("arrivals." + k));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        NumberField rate = new NumberField("arrivalRateField", "5", (javafx.beans.property.Property<Number>)
                (Object) model.rateProperty(), Double.NaN, v -> v > 0, "field.rule.positive", false, messages);
        NumberField cv = new NumberField("cvField", "2", (javafx.beans.property.Property<Number>)
                (Object) model.cvProperty(), Double.NaN, v -> v >= 0, "field.rule.nonNegative", false, messages);
        Label rateTitle = title(messages, "parameters.arrivalRate");
        Label cvTitle = title(messages, "parameters.cv");
        var loaded = Bindings.equal(ArrivalsModel.LOADED, model.kindProperty());
        rate.disableProperty().bind(loaded);
        rateTitle.disableProperty().bind(loaded);
        var gamma = Bindings.equal("gamma", model.kindProperty());
        cv.disableProperty().bind(gamma.not());
        cvTitle.disableProperty().bind(gamma.not());
        nodes = List.of(title(messages, "parameters.arrivals"), kind, rateTitle, rate, cvTitle, cv);
    }

    private static Label title(Messages messages, String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("parameter-title");
        l.setTooltip(new Tooltip(messages.get(key + ".tip")));
        return l;
    }

    List<Node> nodes() {
        return nodes;
    }
}
