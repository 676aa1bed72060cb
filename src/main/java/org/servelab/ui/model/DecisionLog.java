package org.servelab.ui.model;

import java.util.AbstractList;
import java.util.List;

import javafx.collections.ObservableListBase;

import org.servelab.engine.event.JobArrived;
import org.servelab.engine.event.SimEvent;

/**
 * The decisions of the run up to the displayed time, in the engines' order: every event but the arrivals
 * (an arrival is told by the queue it joins) and the iterations. A view of the recording's events, not a
 * copy: its state is how many are shown. Changes are announced once per frame by {@link #publish()}.
 */
public final class DecisionLog extends ObservableListBase<SimEvent> {

    private List<SimEvent> events = List.of();
    private int[] positions = new int[0];
    private int count;
    private int published;

    void reset(RunRecording r) {
        if (events == r.others()) {
            return;
        }
        events = r.others();
        int n = 0;
        int[] at = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof JobArrived)) {
                at[n++] = i;
            }
        }
        positions = java.util.Arrays.copyOf(at, n);
    }

    /** {@code others} events of the recording have been applied. */
    void applied(int others) {
        int lo = 0;
        int hi = positions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] < others) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        count = lo;
    }

    void publish() {
        if (count > published) {
            int from = published;
            published = count;
            beginChange();
            nextAdd(from, count);
            endChange();
        } else if (count < published) {
            int removed = published - count;
            published = count;
            SimEvent any = events.isEmpty() ? null : events.get(0);
            beginChange();
            nextRemove(count, new AbstractList<SimEvent>() {
                @Override
                public SimEvent get(int index) {
                    return any;
                }

                @Override
                public int size() {
                    return removed;
                }
            });
            endChange();
        }
    }

    /** The position in the recording's {@code others} of decision i. */
    public int position(int i) {
        return positions[i];
    }

    @Override
    public SimEvent get(int index) {
        if (index < 0 || index >= published) {
            throw new IndexOutOfBoundsException(index);
        }
        return events.get(positions[index]);
    }

    @Override
    public int size() {
        return published;
    }
}
