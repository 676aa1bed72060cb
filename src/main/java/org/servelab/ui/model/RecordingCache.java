package org.servelab.ui.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Recordings already simulated, by setup (the last {@value #SIZE}), and a background thread that simulates
 * the others (pausing while a run plays, see {@link BackgroundWork}), so that opening the comparison of a 10,000-job run returns at once and a setup seen before is
 * shown without simulating it again.
 */
final class RecordingCache {

    private static final int SIZE = 8;

    private final Map<RunSetup, CompletableFuture<RunRecording>> done = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RunSetup, CompletableFuture<RunRecording>> eldest) {
            return size() > SIZE;
        }
    };
    private final ExecutorService worker;

    /** @param work the background work, paused while a run plays; {@code null} simulates at once (tests) */
    RecordingCache(BackgroundWork work) {
        worker = work != null ? Executors.newSingleThreadExecutor(work.threads("servelab-compare")) : null;
    }

    /** Remembers a recording made elsewhere (the main run's). */
    synchronized void put(RunRecording r) {
        done.put(r.setup(), CompletableFuture.completedFuture(r));
    }

    /** The recording of a setup: at once when it is known, else simulated on the worker (or here in tests). */
    synchronized CompletableFuture<RunRecording> get(RunSetup setup) {
        CompletableFuture<RunRecording> f = done.get(setup);
        if (f != null && !f.isCompletedExceptionally()) {
            return f;
        }
        if (worker == null) {
            try {
                f = CompletableFuture.completedFuture(RunRecording.simulate(setup));
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
        } else {
            f = CompletableFuture.supplyAsync(() -> {
                RunRecording r = RunRecording.simulate(setup);
                r.checkpoints().fill();
                return r;
            }, worker);
        }
        done.put(setup, f);
        return f;
    }
}
