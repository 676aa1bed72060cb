package org.servelab.ui.seqsched;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** The sliders (batch size, predictor error) and the VBS and FCR switches, bound to the model. */
final class BatchControls extends FlowPane {

    static final int MAX_BATCH_SIZE = 64;

    private final Slider batchSize = new Slider(1, MAX_BATCH_SIZE, 16);
    private final Slider sigma = new Slider(0, 1, 0.4);

    BatchControls(OfflineBatchModel model, BatchTexts texts) {
        super(22, 6);
        setPadding(new Insets(6, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        batchSize.setId("batchSizeSlider");
        batchSize.setMajorTickUnit(16);
        batchSize.setMinorTickCount(3);
        batchSize.setSnapToTicks(false);
        batchSize.setBlockIncrement(1);
        batchSize.setPrefWidth(220);
        batchSize.setValue(model.batchSizeProperty().get());
        batchSize.valueProperty().addListener((o, a, b) -> model.batchSizeProperty().set((int) Math.round(b.doubleValue())));
        model.batchSizeProperty().addListener((o, a, b) -> batchSize.setValue(b.intValue()));
        sigma.setId("sigmaSlider");
        sigma.setBlockIncrement(0.05);
        sigma.setPrefWidth(220);
        sigma.setValue(model.sigmaProperty().get());
        sigma.valueProperty().addListener((o, a, b) -> model.sigmaProperty().set(Math.round(b.doubleValue() * 20) / 20.0));
        model.sigmaProperty().addListener((o, a, b) -> sigma.setValue(b.doubleValue()));
        Label size = new Label();
        size.setId("batchSizeValue");
        size.textProperty().bind(model.batchSizeProperty().asString());
        Label error = new Label();
        error.setId("sigmaValue");
        error.textProperty().bind(model.sigmaProperty().asString(java.util.Locale.ROOT, "%.2f"));
        CheckBox vbs = new CheckBox(texts.get("vbs"));
        vbs.setId("vbsCheck");
        vbs.selectedProperty().bindBidirectional(model.vbsProperty());
        CheckBox fcr = new CheckBox(texts.get("fcr"));
        fcr.setId("fcrCheck");
        fcr.selectedProperty().bindBidirectional(model.fcrProperty());
        getChildren().addAll(group(new Label(texts.get("batchSize")), batchSize, size),
                group(new Label(texts.get("sigma")), sigma, error), vbs, fcr);
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
