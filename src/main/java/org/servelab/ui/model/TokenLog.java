package org.servelab.ui.model;

import java.util.AbstractList;
import java.util.List;

import javafx.collections.ObservableListBase;

import org.servelab.engine.Schedule;
import org.servelab.policy.Iterations;
import org.servelab.workload.TimedTrace;

/**
 * The token log as a list that computes its lines on demand from the recording (the dispatches of a
 * batch-size-1 run, the columns of a batching run): its state is two counters, the dispatches applied and
 * the tokens done, not a million strings. Growth (and, after a step back, shrinking) is announced once per
 * frame by {@link #publish()}.
 */
public final class TokenLog extends ObservableListBase<TokenLine> {

    private TimedTrace trace;
    private ScheduleTimeline dispatches;
    private BatchTimeline batches;
    private int slices;
    private long size;
    private long published;

    void reset(RunRecording r) {
        trace = r.trace();
        batches = r.batches();
        dispatches = batches == null ? (ScheduleTimeline) r.timeline() : null;
        slices = 0;
        size = 0;
    }

    /** The next dispatch of the recording was applied: its tokens follow those done so far. */
    void dispatch() {
        slices++;
    }

    /** The current dispatch has made {@code done} of its tokens. */
    void currentDone(int done) {
        size = dispatches.tokensBefore(slices - 1) + done;
    }

    /** A batching run has made this many tokens. */
    void batchTokens(long tokens) {
        size = tokens;
    }

    int slices() {
        return slices;
    }

    long tokenCount() {
        return size;
    }

    /** Goes to a position saved with {@link #slices()} and {@link #tokenCount()}. */
    void restore(int savedSlices, long savedSize) {
        slices = savedSlices;
        size = savedSize;
    }

    private static List<TokenLine> placeholder(int n) {
        TokenLine line = new TokenLine(0, "", 0, 0);
        return new AbstractList<>() {
            @Override
            public TokenLine get(int index) {
                return line;
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /** Announces the lines added or removed since the last call, as one change. */
    void publish() {
        if (size > published) {
            int from = (int) published;
            published = size;
            beginChange();
            nextAdd(from, (int) size);
            endChange();
        } else if (size < published) {
            int removed = (int) (published - size);
            published = size;
            beginChange();
            nextRemove((int) size, placeholder(removed));
            endChange();
        }
    }

    @Override
    public TokenLine get(int index) {
        if (index < 0 || index >= published) {
            throw new IndexOutOfBoundsException(index);
        }
        if (batches != null) {
            return batchLine(index);
        }
        Schedule s = dispatches.schedule();
        int slice = sliceOf(index);
        int offset = (int) (index - dispatches.tokensBefore(slice));
        int j = s.sliceJob(slice);
        int done = s.sliceFirstToken(slice) - 1;
        double end = Iterations.boundary(s.sliceStart(slice), trace.prefillTime(j), trace.decodeTime(j), done,
                offset + 1);
        return new TokenLine(end, trace.id(j), s.sliceFirstToken(slice) + offset, s.sliceLevel(slice));
    }

    private TokenLine batchLine(int index) {
        int lo = 0;
        int hi = batches.iterations() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (batches.tokensBefore(mid) <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int skip = index - batches.tokensBefore(lo);
        for (int m = batches.firstMember(lo); m < batches.firstMember(lo + 1); m++) {
            if (batches.memberToken(m) > 0 && skip-- == 0) {
                int j = batches.memberJob(m);
                return new TokenLine(batches.iterEnd(lo), trace.id(j), batches.memberToken(m), batches.memberLevel(m));
            }
        }
        throw new IllegalStateException("no token " + index + " in iteration " + lo);
    }

    private int sliceOf(long index) {
        int lo = 0;
        int hi = slices - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (dispatches.tokensBefore(mid) <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Override
    public int size() {
        return (int) published;
    }
}
