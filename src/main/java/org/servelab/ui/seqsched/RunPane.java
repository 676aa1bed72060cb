package org.servelab.ui.seqsched;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.servelab.seqsched.OfflineResult;

/** One run: its title, its numbers in a line, and its batches as blocks. */
final class RunPane extends VBox {

    private final Label title = new Label();
    private final Label summary = new Label();
    private final BatchBlocksView blocks;

    RunPane(String id, String axisLabel) {
        setId(id);
        blocks = new BatchBlocksView(axisLabel);
        blocks.setId(id + "Blocks");
        title.getStyleClass().add("offline-run-title");
        title.setStyle("-fx-font-weight: bold;");
        summary.setId(id + "Summary");
        setSpacing(2);
        setPadding(new Insets(6, 8, 2, 8));
        VBox.setVgrow(blocks, Priority.ALWAYS);
        getChildren().addAll(title, summary, blocks);
    }

    void show(String heading, String numbers, OfflineResult r, BlockScale scale) {
        title.setText(heading);
        summary.setText(numbers);
        blocks.show(r, scale);
    }

    BatchBlocksView blocks() {
        return blocks;
    }

    Label summary() {
        return summary;
    }
}
