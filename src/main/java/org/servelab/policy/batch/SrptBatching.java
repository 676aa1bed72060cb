package org.servelab.policy.batch;

import java.util.Arrays;

import org.servelab.policy.QueueObserver;

/**
 * The SRPT oracle with batches: at every boundary all unfinished admitted jobs are ranked by remaining
 * solo service time (ties by arrival, then trace order) and the batch is filled in that order, with the
 * KV rules of MLFQ with batches (victims: the lowest-ranked jobs left out). At a batch limit of 1 it is
 * the batch-size-1 SRPT. With {@link PredictedLengths} the remaining decodes are counted from the predicted
 * length instead ({@link BatchState#rankedRemainingService}).
 */
public final class SrptBatching implements BatchPolicy {

    private BatchState state;
    private int[] active = new int[16];
    private int count;
    private int[] levels = new int[16];
    private double[] key;
    private boolean[] in;

    @Override
    public String name() {
        return "srpt";
    }

    @Override
    public String describe() {
        PredictedLengths p = state == null ? null : state.predictions();
        return p == null ? "srpt (oracle: least remaining service time first, with batches)"
                : "srpt (least predicted remaining service time first, predicted by " + p.name() + ", with batches)";
    }

    @Override
    public int levels() {
        return 1;
    }

    @Override
    public double quantum(int level) {
        return Double.NaN;
    }

    @Override
    public void start(BatchState s) {
        this.state = s;
        this.count = 0;
        this.key = new double[s.size()];
        this.in = new boolean[s.size()];
    }

    @Override
    public void admit(int job, double now, QueueObserver observer) {
        if (count == active.length) {
            active = Arrays.copyOf(active, count * 2);
            levels = new int[active.length];
        }
        active[count++] = job;
        in[job] = true;
        observer.joined(job, 0);
    }

    @Override
    public void build(Batch batch, double now, QueueObserver observer) {
        for (int i = 0; i < count; i++) {
            key[active[i]] = state.rankedRemainingService(active[i]);
        }
        Integer[] boxed = new Integer[count];
        for (int i = 0; i < count; i++) {
            boxed[i] = active[i];
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = Double.compare(key[a], key[b]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(state.arrival(a), state.arrival(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < count; i++) {
            active[i] = boxed[i];
        }
        PriorityFill.fill(batch, state, active, levels, count);
    }

    @Override
    public void iterationDone(Batch batch, double elapsed, double now, QueueObserver observer) {
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (!state.isFinished(active[i])) {
                active[k++] = active[i];
            } else {
                in[active[i]] = false;
            }
        }
        count = k;
    }

    @Override
    public void remove(int job) {
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (active[i] != job) {
                active[k++] = active[i];
            }
        }
        count = k;
        in[job] = false;
    }

    @Override
    public int levelOf(int job) {
        return in != null && in[job] ? 0 : -1;
    }
}
