package org.servelab.ui.shell;

import org.servelab.ui.model.CompareModel;
import org.servelab.ui.model.PlaybackModel;

/** What the playback keys do in the tab that is showing. */
interface KeyActions {

    void togglePlay();

    void stepForward();

    void stepBack();

    void reset();

    static KeyActions of(PlaybackModel p) {
        return new KeyActions() {
            @Override
            public void togglePlay() {
                p.togglePlay();
            }

            @Override
            public void stepForward() {
                p.stepForward();
            }

            @Override
            public void stepBack() {
                p.stepBack();
            }

            @Override
            public void reset() {
                p.reset();
            }
        };
    }

    static KeyActions of(CompareModel c) {
        return new KeyActions() {
            @Override
            public void togglePlay() {
                c.togglePlay();
            }

            @Override
            public void stepForward() {
                c.stepForward();
            }

            @Override
            public void stepBack() {
                c.stepBack();
            }

            @Override
            public void reset() {
                c.seek(0);
            }
        };
    }
}
