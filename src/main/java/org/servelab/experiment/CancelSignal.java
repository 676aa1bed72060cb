package org.servelab.experiment;

import java.util.concurrent.atomic.AtomicBoolean;

/** Asks a running sweep to stop: runs in progress finish, no new run starts. Safe from any thread. */
public final class CancelSignal {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
