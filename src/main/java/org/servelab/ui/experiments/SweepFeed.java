package org.servelab.ui.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.servelab.experiment.CancelSignal;
import org.servelab.experiment.SweepListener;
import org.servelab.experiment.SweepResult;
import org.servelab.experiment.SweepRow;

/**
 * The hand-off from a sweep's threads to the frame: workers append finished rows to a concurrent queue and
 * never wait; once per frame the model drains whatever arrived. The sweep's end (its result or its failure)
 * is published after its last row, so a frame that sees the end and then drains has every row.
 */
final class SweepFeed implements SweepListener {

    private final ConcurrentLinkedQueue<SweepRow> queue = new ConcurrentLinkedQueue<>();
    private final CancelSignal cancel = new CancelSignal();
    private volatile SweepResult result;
    private volatile RuntimeException failure;
    private volatile boolean ended;

    @Override
    public void runDone(SweepRow row, int done, int total) {
        queue.add(row);
    }

    /** The rows finished since the last drain. */
    List<SweepRow> drain() {
        List<SweepRow> out = new ArrayList<>();
        SweepRow r;
        while ((r = queue.poll()) != null) {
            out.add(r);
        }
        return out;
    }

    CancelSignal cancel() {
        return cancel;
    }

    void finish(SweepResult r) {
        result = r;
        ended = true;
    }

    void fail(RuntimeException e) {
        failure = e;
        ended = true;
    }

    boolean ended() {
        return ended;
    }

    /** The result, {@code null} unless the sweep ended normally or by cancel. */
    SweepResult result() {
        return result;
    }

    /** The failure, {@code null} unless the sweep failed. */
    RuntimeException failure() {
        return failure;
    }
}
