package org.servelab.ui.seqsched;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** What the colours of the blocks mean. */
final class BatchLegend extends FlowPane {

    BatchLegend(BatchTexts texts) {
        super(18, 4);
        setPadding(new Insets(2, 8, 2, 8));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(entry(BlockPainter.USEFUL, null, texts.get("legend.useful")),
                entry(BlockPainter.PADDING, BlockPainter.HATCH, texts.get("legend.padding")),
                entry(BlockPainter.FAILED, null, texts.get("legend.failed")),
                entry(BlockPainter.CUT, null, texts.get("legend.cut")),
                entry(BlockPainter.PREDICT, BlockPainter.OUTLINE, texts.get("legend.predict")),
                entry(Color.WHITE, BlockPainter.RERUN_OUTLINE, texts.get("legend.rerun")));
    }

    private static HBox entry(Color fill, Color stroke, String text) {
        Rectangle swatch = new Rectangle(16, 11, fill);
        if (stroke != null) {
            swatch.setStroke(stroke);
            swatch.setStrokeWidth(1);
            if (stroke == BlockPainter.RERUN_OUTLINE) {
                swatch.getStrokeDashArray().setAll(4.0, 3.0);
            }
        }
        HBox box = new HBox(5, swatch, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
