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
    private int[] scratch = new int[16];
    private boolean preemptedLast;
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
        sortActive();
        long preemptions = state.preemptionsTotal();
        PriorityFill.fill(batch, state, active, levels, count);
        preemptedLast = state.preemptionsTotal() != preemptions;
    }

    /**
     * A decode batch built without preempting is built again until an arrival, a member's last token or
     * memory running out: the members' remaining service only shrinks while the others' stays, so every
     * job that ranked below a member still does, and one that could not join (no slot, budget or memory)
     * still cannot.
     */
    @Override
    public double steadyUntil(Batch batch, double now) {
        return !preemptedLast && batch.decodesOnly() ? Double.POSITIVE_INFINITY : now;
    }

    /** Whether job a ranks before job b: less remaining service, then earlier arrival, then trace order. */
    private boolean before(int a, int b) {
        int c = Double.compare(key[a], key[b]);
        if (c != 0) {
            return c < 0;
        }
        c = Double.compare(state.arrival(a), state.arrival(b));
        return c != 0 ? c < 0 : a < b;
    }

    /**
     * Sorts the active jobs by rank: a merge of natural runs, stable, so the order left by the last build
     * (where only the members' ranks moved, and arrivals were appended) sorts in a few passes.
     */
    private void sortActive() {
        if (scratch.length < count) {
            scratch = new int[active.length];
        }
        int[] from = active;
        int[] to = scratch;
        while (true) {
            int runs = 0;
            int i = 0;
            while (i < count) {
                int mid = runEnd(from, i);
                int end = mid < count ? runEnd(from, mid) : count;
                merge(from, i, mid, end, to);
                i = end;
                runs++;
            }
            int[] t = from;
            from = to;
            to = t;
            if (runs <= 1) {
                break;
            }
        }
        if (from != active) {
            System.arraycopy(from, 0, active, 0, count);
        }
    }

    private int runEnd(int[] a, int start) {
        int i = start + 1;
        while (i < count && !before(a[i], a[i - 1])) {
            i++;
        }
        return i;
    }

    private void merge(int[] a, int lo, int mid, int hi, int[] out) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            out[k++] = before(a[j], a[i]) ? a[j++] : a[i++];
        }
        while (i < mid) {
            out[k++] = a[i++];
        }
        while (j < hi) {
            out[k++] = a[j++];
        }
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
