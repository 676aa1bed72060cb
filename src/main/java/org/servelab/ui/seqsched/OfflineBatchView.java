package org.servelab.ui.seqsched;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.servelab.seqsched.OfflineResult;
import org.servelab.ui.i18n.Messages;

/**
 * The offline batch view: controls on top; vanilla above sequence scheduling, both on one scale (iterations
 * across, queries up) so that their areas compare; the legend, the throughput gain and the batch under the
 * mouse below. Rebuilt with the window when the language changes, over the same model.
 */
public final class OfflineBatchView extends BorderPane {

    private final OfflineBatchModel model;
    private final BatchTexts texts;
    private final RunPane vanilla;
    private final RunPane scheduled;
    private final Label gain = new Label();
    private final Label quality = new Label();
    private final Label hover = new Label();

    public OfflineBatchView(OfflineBatchModel model, Messages messages) {
        setId("offlineBatchView");
        this.model = model;
        this.texts = new BatchTexts(messages);
        vanilla = new RunPane("vanillaRun", texts.get("axis"));
        scheduled = new RunPane("scheduledRun", texts.get("axis"));
        gain.setId("gainLabel");
        gain.setStyle("-fx-font-weight: bold;");
        quality.setId("qualityLabel");
        hover.setId("hoverLabel");
        Label header = new Label(texts.format("header", model.vanillaProperty().get().size(), model.costModel()));
        header.setWrapText(true);
        VBox top = new VBox(2, header, new BatchControls(model, texts), quality);
        top.setPadding(new Insets(6, 8, 0, 8));
        VBox runs = new VBox(vanilla, scheduled);
        VBox.setVgrow(vanilla, Priority.ALWAYS);
        VBox.setVgrow(scheduled, Priority.ALWAYS);
        VBox bottom = new VBox(2, new BatchLegend(texts), gain, hover);
        bottom.setPadding(new Insets(0, 8, 6, 8));
        setTop(top);
        setCenter(runs);
        setBottom(bottom);
        model.vanillaProperty().addListener((o, a, b) -> refresh());
        model.scheduledProperty().addListener((o, a, b) -> refresh());
        vanilla.blocks().hoveredProperty().addListener((o, a, b) -> hover.setText(
                texts.hover(model.vanillaProperty().get(), b.intValue())));
        scheduled.blocks().hoveredProperty().addListener((o, a, b) -> hover.setText(
                texts.hover(model.scheduledProperty().get(), b.intValue())));
        refresh();
    }

    private void refresh() {
        OfflineResult v = model.vanillaProperty().get();
        OfflineResult s = model.scheduledProperty().get();
        BlockScale scale = BlockScale.of(v, s);
        vanilla.show(texts.get("vanilla.title"), texts.summary(v), v, scale);
        scheduled.show(texts.format("scheduled.title", s.strategy().name()), texts.summary(s), s, scale);
        quality.setText(texts.quality(s));
        gain.setText(texts.format("gain", BatchTexts.fixed(s.throughput() / v.throughput(), 2)));
        hover.setText(texts.get("hover.none"));
    }

    RunPane vanilla() {
        return vanilla;
    }

    RunPane scheduled() {
        return scheduled;
    }
}
