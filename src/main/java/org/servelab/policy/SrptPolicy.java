package org.servelab.policy;

import java.util.Arrays;

/**
 * Shortest remaining processing time, an oracle that knows every job's output length: at each
 * boundary the job with the least remaining service runs (ties by arrival, then trace order). A strong
 * baseline for comparison, not a deployable policy; since iterations cannot be interrupted it is not a
 * strict lower bound on mean JCT (see docs/scheduling.md).
 */
public final class SrptPolicy implements SchedulingPolicy {

    private JobView jobs;
    private int[] heap = new int[16];
    private int size;
    private double[] key;
    private boolean[] waiting;

    @Override
    public String name() {
        return "srpt";
    }

    @Override
    public String describe() {
        return "srpt (oracle: least remaining service time first)";
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
    public void start(JobView view) {
        this.jobs = view;
        this.size = 0;
        this.key = new double[view.size()];
        this.waiting = new boolean[view.size()];
    }

    @Override
    public void admit(int job, double now, QueueObserver observer) {
        push(job);
        waiting[job] = true;
        observer.joined(job, 0);
    }

    @Override
    public Dispatch decide(double now, QueueObserver observer) {
        if (size == 0) {
            return null;
        }
        int job = heap[0];
        int remaining = jobs.outputTokens(job) - jobs.tokensDone(job);
        return new Dispatch(job, 0, remaining, Double.POSITIVE_INFINITY, true);
    }

    @Override
    public void iterationsDone(Dispatch d, int iterations, double elapsed, boolean finished, double now,
                               QueueObserver observer) {
        int job = pop();
        if (job != d.job()) {
            throw new IllegalStateException("SRPT ran job " + d.job() + " but its head is " + job);
        }
        if (finished) {
            waiting[job] = false;
        } else {
            push(job);
        }
    }

    @Override
    public int levelOf(int job) {
        return waiting != null && waiting[job] ? 0 : -1;
    }

    private boolean less(int a, int b) {
        if (key[a] != key[b]) {
            return key[a] < key[b];
        }
        double aa = jobs.arrival(a);
        double ab = jobs.arrival(b);
        if (aa != ab) {
            return aa < ab;
        }
        return a < b;
    }

    private void push(int job) {
        key[job] = jobs.remainingService(job);
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        heap[i] = job;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(heap[i], heap[parent])) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private int pop() {
        int top = heap[0];
        heap[0] = heap[--size];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int best = i;
            if (l < size && less(heap[l], heap[best])) {
                best = l;
            }
            if (r < size && less(heap[r], heap[best])) {
                best = r;
            }
            if (best == i) {
                return top;
            }
            swap(i, best);
            i = best;
        }
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
