package org.servelab.ui.experiments;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.servelab.experiment.SweepGrid;
import org.servelab.experiment.SweepPoint;
import org.servelab.experiment.SweepRunner;
import org.servelab.experiment.SweepSpec;

/**
 * Runs sweeps off the FX thread: one coordinating daemon thread (which never touches a property) hands
 * each sweep to a {@link SweepRunner} with the given number of worker threads and reports through the
 * sweep's {@link SweepFeed}. {@link #close()} starts no new sweep; one in progress stops at its feed's
 * cancel signal.
 */
final class SweepLauncher implements AutoCloseable {

    private final int threads;
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sweep");
        t.setDaemon(true);
        return t;
    });

    SweepLauncher(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** Queues {@code spec}'s sweep and returns its feed at once. */
    SweepFeed start(SweepSpec spec) {
        SweepFeed feed = new SweepFeed();
        coordinator.execute(() -> {
            try {
                SweepRunner runner = new SweepRunner(spec, Path.of(""));
                List<SweepPoint> points = SweepGrid.points(runner.spec());
                feed.finish(runner.run(points, threads, feed, feed.cancel()));
            } catch (RuntimeException e) {
                feed.fail(e);
            }
        });
        return feed;
    }

    @Override
    public void close() {
        coordinator.shutdown();
    }
}
