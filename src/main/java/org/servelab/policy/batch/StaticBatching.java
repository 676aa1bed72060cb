package org.servelab.policy.batch;

import java.util.Arrays;

import org.servelab.policy.IntDeque;
import org.servelab.policy.QueueObserver;

/**
 * Request-level batching (FasterTransformer, a plain {@code generate} call): when no batch runs, the
 * waiting jobs in arrival order form one; it prefills every member, then decodes every member (finished
 * ones as padding) until the longest has made its last token, and returns every response at its end.
 * Each member holds the KV of its final context from the start; nothing is ever preempted.
 */
public final class StaticBatching implements BatchPolicy {

    private BatchState state;
    private BatchOptions options;
    private final IntDeque waiting = new IntDeque();
    private int[] members = new int[0];
    private int[] ended = new int[0];
    private boolean[] dropped;

    @Override
    public String name() {
        return "static";
    }

    @Override
    public String describe() {
        int b = options == null ? BatchOptions.DEFAULT_MAX_BATCH : options.maxBatch();
        return "static (request-level batches of up to " + b + ", all returned when the longest ends)";
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
        this.options = s.options();
        this.waiting.clear();
        this.members = new int[0];
        this.ended = new int[0];
        this.dropped = new boolean[s.size()];
    }

    @Override
    public void admit(int job, double now, QueueObserver observer) {
        waiting.addLast(job);
        observer.joined(job, 0);
    }

    @Override
    public void build(Batch batch, double now, QueueObserver observer) {
        if (members.length == 0) {
            form();
            for (int j : members) {
                batch.add(j, state.nextWork(j), 0);
            }
            return;
        }
        for (int j : members) {
            if (state.madeAllTokens(j)) {
                batch.addPadding(j, 0);
            } else {
                batch.add(j, 1, 0);
            }
        }
    }

    private void form() {
        int[] m = new int[Math.min(options.maxBatch(), waiting.size())];
        int count = 0;
        long promptSum = 0;
        while (!waiting.isEmpty() && count < options.maxBatch()) {
            int j = waiting.peekFirst();
            if (dropped[j]) {
                waiting.pollFirst();
                continue;
            }
            if (count > 0 && promptSum + state.nextWork(j) > options.maxBatchTokens()) {
                break;
            }
            int blocks = (state.prompt(j) + state.outputTokens(j) - 1 + options.blockSize() - 1) / options.blockSize();
            if (!state.tryHold(j, blocks)) {
                break;
            }
            waiting.pollFirst();
            promptSum += state.nextWork(j);
            m[count++] = j;
        }
        members = Arrays.copyOf(m, count);
    }

    /** The decode iterations of a static batch repeat unchanged until a member makes its last token. */
    @Override
    public double steadyUntil(Batch batch, double now) {
        return batch.hasNoChunks() ? Double.POSITIVE_INFINITY : now;
    }

    /** A static batch takes no one until all its members have finished. */
    @Override
    public boolean arrivalsCanChange(Batch batch) {
        return false;
    }

    @Override
    public void iterationDone(Batch batch, double elapsed, double now, QueueObserver observer) {
        for (int j : members) {
            if (!state.madeAllTokens(j)) {
                ended = new int[0];
                return;
            }
        }
        ended = members;
        members = new int[0];
    }

    @Override
    public boolean holdsFinishedMembers() {
        return true;
    }

    @Override
    public int[] finishedByPolicy() {
        return ended;
    }

    @Override
    public void remove(int job) {
        dropped[job] = true;
    }

    @Override
    public int levelOf(int job) {
        if (state == null || state.isFinished(job) || state.isDropped(job) || !state.isActive(job)) {
            return -1;
        }
        return 0;
    }
}
