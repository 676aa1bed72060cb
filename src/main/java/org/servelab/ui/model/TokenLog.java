package org.servelab.ui.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

import javafx.collections.ObservableListBase;

import org.servelab.policy.Iterations;
import org.servelab.workload.TimedTrace;

/**
 * The token log as a list that computes its lines on demand: it stores the dispatches applied so far
 * (a few arrays) and how many tokens are done, not a million strings. Growth is announced once per
 * frame by {@link #publish()}.
 */
public final class TokenLog extends ObservableListBase<TokenLine> {

    private TimedTrace trace;
    private int slices;
    private int[] job = new int[16];
    private int[] level = new int[16];
    private int[] firstToken = new int[16];
    private double[] start = new double[16];
    /** Tokens done before slice s. */
    private long[] before = new long[16];
    private long size;
    private long published;

    void reset(TimedTrace newTrace) {
        long old = published;
        trace = newTrace;
        slices = 0;
        size = 0;
        published = 0;
        if (old > 0) {
            beginChange();
            nextRemove(0, placeholder((int) old));
            endChange();
        }
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

    /** A new dispatch: its tokens will follow those done so far. */
    void dispatch(int j, int lvl, int first, double t) {
        if (slices == job.length) {
            int cap = slices * 2;
            job = Arrays.copyOf(job, cap);
            level = Arrays.copyOf(level, cap);
            firstToken = Arrays.copyOf(firstToken, cap);
            start = Arrays.copyOf(start, cap);
            before = Arrays.copyOf(before, cap);
        }
        job[slices] = j;
        level[slices] = lvl;
        firstToken[slices] = first;
        start[slices] = t;
        before[slices] = size;
        slices++;
    }

    /** The current dispatch has made {@code done} of its tokens. */
    void currentDone(int done) {
        size = before[slices - 1] + done;
    }

    /** Announces the lines added since the last call, as one change. */
    void publish() {
        if (size > published) {
            int from = (int) published;
            published = size;
            beginChange();
            nextAdd(from, (int) size);
            endChange();
        }
    }

    @Override
    public TokenLine get(int index) {
        if (index < 0 || index >= published) {
            throw new IndexOutOfBoundsException(index);
        }
        int s = sliceOf(index);
        int offset = (int) (index - before[s]);
        int j = job[s];
        int done = firstToken[s] - 1;
        double end = Iterations.boundary(start[s], trace.prefillTime(j), trace.decodeTime(j), done, offset + 1);
        return new TokenLine(end, trace.id(j), firstToken[s] + offset, level[s]);
    }

    private int sliceOf(long index) {
        int lo = 0;
        int hi = slices - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (before[mid] <= index) {
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
