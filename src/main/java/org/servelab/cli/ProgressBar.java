package org.servelab.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.servelab.experiment.SweepListener;
import org.servelab.experiment.SweepRow;

/**
 * A one-line progress bar redrawn in place with carriage returns, at most ten times a second, with the
 * time spent and an estimate of the time left.
 */
final class ProgressBar implements SweepListener {

    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDrawn;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void runDone(SweepRow row, int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDrawn < EVERY_NANOS) {
            return;
        }
        lastDrawn = now;
        double seconds = (now - start) / 1e9;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String left = done == 0 || done == total ? ""
                : String.format(Locale.ROOT, ", about %.0f s left", seconds / done * (total - done));
        err.printf(Locale.ROOT, "\rsweep [%s] %d/%d runs %3d%%, %.1f s%s   ", bar, done, total,
                total == 0 ? 100 : done * 100 / total, seconds, left);
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
