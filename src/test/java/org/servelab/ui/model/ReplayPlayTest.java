package org.servelab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servelab.policy.MlfqParameters;

/** Playing on from far into a long run replays the recording, frame by frame, to the same picture. */
class ReplayPlayTest {

    @Test
    void playingFromFarIntoALongRunReplaysTheRecordingToTheEnd() {
        ManualFrameClock clock = new ManualFrameClock();
        PlaybackModel playback = new PlaybackModel(clock, RandomTrace.of(8000, 3));
        try {
            RunRecording r = playback.run().getRecording();
            assertThat(r.eventCount()).isGreaterThan(PlaybackModel.CATCH_UP_LIMIT * 2 - 1);
            playback.stepForward();
            playback.seek(r.end() * 0.7);
            playback.speedProperty().set(r.end());
            playback.play();
            assertThat(playback.replaying()).as("no threads to catch up").isTrue();
            for (int i = 0; i < 100 && playback.playingProperty().get(); i++) {
                clock.tick();
            }
            assertThat(playback.run().isFinished()).isTrue();
            assertThat(playback.playingProperty().get()).isFalse();
            RunModel fresh = new RunModel();
            fresh.load(r);
            fresh.seek(r.end());
            assertThat(Fingerprint.of(playback.run())).isEqualTo(Fingerprint.of(fresh));
        } finally {
            playback.dispose();
        }
    }
}
