package org.servelab.ui.seqsched;

import javafx.scene.control.Tab;

import org.servelab.ui.i18n.Messages;

/**
 * The window's tab for the offline batch view. Its model (the Alpaca lengths and the fitted cost model) is built
 * the first time the tab is shown, so that the window opens as fast as before.
 */
public final class OfflineBatchTab {

    public static final String ID = "offlineBatchTab";

    private OfflineBatchTab() {
    }

    /** A tab that builds its model and view when first selected. */
    public static Tab create(Messages messages) {
        Tab tab = new Tab(new BatchTexts(messages).get("tab.title"));
        tab.setId(ID);
        tab.setClosable(false);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(new OfflineBatchView(new OfflineBatchModel(), messages));
            }
        });
        return tab;
    }

    /** A tab over an existing model. */
    public static Tab create(OfflineBatchModel model, Messages messages) {
        Tab tab = new Tab(new BatchTexts(messages).get("tab.title"), new OfflineBatchView(model, messages));
        tab.setId(ID);
        tab.setClosable(false);
        return tab;
    }
}
