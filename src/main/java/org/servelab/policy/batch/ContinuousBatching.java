package org.servelab.policy.batch;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;

import org.servelab.policy.QueueObserver;

/**
 * Continuous (iteration-level) batching: {@code fcfs} in the modes chunked, mixed and prefill-first, and
 * the {@code sjf} oracle (chunked, admitting the waiting job with the fewest output tokens first, or the
 * fewest predicted ones when the run has {@link PredictedLengths}). The
 * rules are those of docs/batching.md: Phase 1 gives every running job its next work item (preempting
 * the most recently admitted when memory runs out), Phase 2 admits waiting jobs while the limits allow.
 */
public final class ContinuousBatching implements BatchPolicy {

    private static final int RUNNING = 0;
    private static final int WAITING = 1;

    private final BatchingMode mode;
    private final boolean shortestFirst;

    private BatchState state;
    private BatchOptions options;
    private LinkedQueues lists;
    private PriorityQueue<Integer> byLength;
    private boolean preemptedLast;
    /** The last member of the decode cohort, which is a prefix of the running list; -1 when it is empty. */
    private int cohortTail = -1;

    private ContinuousBatching(BatchingMode mode, boolean shortestFirst) {
        this.mode = mode;
        this.shortestFirst = shortestFirst;
    }

    public static ContinuousBatching fcfs(BatchingMode mode) {
        return new ContinuousBatching(mode, false);
    }

    /** The oracle that admits the waiting job with the fewest output tokens first (chunked). */
    public static ContinuousBatching sjf() {
        return new ContinuousBatching(BatchingMode.CHUNKED, true);
    }

    @Override
    public String name() {
        return shortestFirst ? "sjf" : "fcfs";
    }

    @Override
    public String describe() {
        String limits = "max batch " + options().maxBatch() + ", " + options().maxBatchTokens() + " tokens";
        if (!shortestFirst) {
            return "fcfs (continuous batching, " + mode.cliName() + "; " + limits + ")";
        }
        PredictedLengths p = state == null ? null : state.predictions();
        return p == null ? "sjf (oracle: continuous batching, fewest output tokens admitted first; " + limits + ")"
                : "sjf (continuous batching, fewest predicted output tokens admitted first, predicted by " + p.name()
                        + "; " + limits + ")";
    }

    private BatchOptions options() {
        return options == null ? BatchOptions.defaults() : options;
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
        this.lists = new LinkedQueues(2, s.size());
        this.cohortTail = -1;
        this.byLength = shortestFirst ? new PriorityQueue<>(shortest(s)) : null;
    }

    private static Comparator<Integer> shortest(BatchState s) {
        return (a, b) -> {
            int c = Integer.compare(s.rankLength(a), s.rankLength(b));
            if (c != 0) {
                return c;
            }
            c = Double.compare(s.arrival(a), s.arrival(b));
            return c != 0 ? c : Integer.compare(a, b);
        };
    }

    @Override
    public void admit(int job, double now, QueueObserver observer) {
        if (shortestFirst) {
            byLength.add(job);
        } else {
            lists.addLast(WAITING, job);
        }
        observer.joined(job, 0);
    }

    private boolean waitingEmpty() {
        return shortestFirst ? byLength.isEmpty() : lists.isEmpty(WAITING);
    }

    private int waitingHead() {
        return shortestFirst ? byLength.peek() : lists.first(WAITING);
    }

    private void pollWaiting() {
        if (shortestFirst) {
            byLength.poll();
        } else {
            lists.pollFirst(WAITING);
        }
    }

    private void requeue(int victim) {
        if (shortestFirst) {
            byLength.add(victim);
        } else {
            lists.addFirst(WAITING, victim);
        }
    }

    @Override
    public void build(Batch batch, double now, QueueObserver observer) {
        preemptedLast = false;
        if (mode == BatchingMode.PREFILL_FIRST && !waitingEmpty() && canAdmit(waitingHead(), state.nextWork(waitingHead()))) {
            admitPrefills(batch);
            return;
        }
        int budget = options.maxBatchTokens();
        boolean preempted = false;
        int j = lists.first(RUNNING);
        if (state.cohortAllowed()) {
            j = joinCohort(budget);
            if (state.cohortSize() > 0) {
                batch.addCohort();
                budget -= state.cohortSize();
            }
        }
        while (j >= 0 && budget > 0) {
            int c = state.inPrefill(j) ? Math.min(state.nextWork(j), budget) : 1;
            boolean self = false;
            while (!state.tryAllocate(j, c)) {
                int victim = lists.last(RUNNING);
                lists.remove(victim);
                state.preempt(victim);
                requeue(victim);
                preempted = true;
                if (victim == j) {
                    self = true;
                    break;
                }
            }
            if (self) {
                break;
            }
            batch.add(j, c, 0);
            budget -= c;
            j = lists.next(j);
        }
        preemptedLast = preempted;
        if (!preempted && mode != BatchingMode.PREFILL_FIRST) {
            admitWaiting(batch, budget);
        }
    }

    /**
     * Grows the decode cohort, a prefix of the running list, by the running jobs past their prefill that
     * follow it, as far as the token budget (each decodes one token) and the free blocks reach, and returns
     * the first running job after it. While the cohort's blocks are free nothing in it is preempted (Phase 1
     * preempts from the tail, after the cohort), so its members are exactly the decodes that lead Phase 1 in
     * every iteration until they finish. When the free blocks cannot cover the cohort's next iteration, the
     * cohort ends and Phase 1 goes member by member. Prefill-first keeps no cohort: its prefill iterations
     * leave the decodes out.
     */
    private int joinCohort(int budget) {
        if (state.cohortSize() > 0 && state.cohortNeed() > state.free()) {
            state.dissolveCohort();
            cohortTail = -1;
            return lists.first(RUNNING);
        }
        long need = state.cohortNeed();
        int j = cohortTail < 0 ? lists.first(RUNNING) : lists.next(cohortTail);
        while (j >= 0 && state.cohortSize() < budget && !state.inPrefill(j) && state.cohortOpen()) {
            int more = state.blocksNeeded(j, 1);
            if (need + more > state.free()) {
                break;
            }
            state.joinCohort(j);
            need += more;
            cohortTail = j;
            j = lists.next(j);
        }
        return j;
    }

    /**
     * A batch of decodes built without preempting is rebuilt unchanged until an event: the running list
     * does not change, and a waiting job that could not join (no slot, no budget or no memory) cannot join
     * later while memory only shrinks.
     */
    @Override
    public double steadyUntil(Batch batch, double now) {
        return !preemptedLast && batch.decodesOnly() ? Double.POSITIVE_INFINITY : now;
    }

    /**
     * An arrival cannot join a full batch, nor (first come, first served) one whose waiting queue is not
     * empty: the job at its head did not join this iteration and cannot in the next ones while memory only
     * shrinks. Shortest-first could rank an arrival ahead of the waiting jobs, so only a full batch counts.
     */
    @Override
    public boolean arrivalsCanChange(Batch batch) {
        return lists.size(RUNNING) < options.maxBatch() && (shortestFirst || waitingEmpty());
    }

    /** Phase 2: waiting jobs join while the budget, the slots and the memory allow. */
    private void admitWaiting(Batch batch, int budget) {
        while (!waitingEmpty() && budget > 0 && lists.size(RUNNING) < options.maxBatch()) {
            int j = waitingHead();
            int whole = state.nextWork(j);
            int c;
            if (mode == BatchingMode.MIXED) {
                if (!batch.isEmpty() && whole > budget) {
                    return;
                }
                c = whole;
            } else {
                c = state.inPrefill(j) ? Math.min(whole, budget) : 1;
            }
            if (!take(j, c)) {
                return;
            }
            pollWaiting();
            lists.addLast(RUNNING, j);
            batch.add(j, c, 0);
            budget -= c;
        }
    }

    /** Prefill-first: an iteration of whole prefills, the head first whatever the budget. */
    private void admitPrefills(Batch batch) {
        int budget = options.maxBatchTokens();
        while (!waitingEmpty() && lists.size(RUNNING) < options.maxBatch()) {
            int j = waitingHead();
            int c = state.nextWork(j);
            if (!batch.isEmpty() && c > budget) {
                return;
            }
            if (!take(j, c)) {
                return;
            }
            pollWaiting();
            lists.addLast(RUNNING, j);
            batch.add(j, c, 0);
            budget -= c;
        }
    }

    /** Whether a waiting job could join now: a free slot and its blocks free (nothing is taken). */
    private boolean canAdmit(int j, int c) {
        if (lists.size(RUNNING) >= options.maxBatch()) {
            return false;
        }
        if (options.preemption() == Preemption.RESERVE) {
            return state.blocks(j) > 0 || state.reservation(j) <= state.free();
        }
        int need = state.isSwapped(j) ? state.swapInNeed(j, c) : state.blocksNeeded(j, c);
        return need <= state.free();
    }

    /** Takes the memory a joining job needs: its reservation, its swapped blocks, or its next blocks. */
    private boolean take(int j, int c) {
        if (options.preemption() == Preemption.RESERVE) {
            return state.blocks(j) > 0 || state.tryHold(j, state.reservation(j));
        }
        return state.isSwapped(j) ? state.trySwapIn(j, c) : state.tryAllocate(j, c);
    }

    /** Chunked and mixed; prefill-first's prefill iterations leave the decodes out. */
    @Override
    public boolean keepsDecodeCohort() {
        return mode != BatchingMode.PREFILL_FIRST;
    }

    @Override
    public void finished(int job) {
        if (job == cohortTail) {
            cohortTail = lists.previous(job);
        }
        lists.remove(job);
    }

    @Override
    public void iterationDone(Batch batch, double elapsed, double now, QueueObserver observer) {
    }

    @Override
    public void remove(int job) {
        if (shortestFirst && lists.queueOf(job) < 0) {
            byLength.remove(job);
        } else {
            lists.remove(job);
        }
    }

    @Override
    public int levelOf(int job) {
        if (lists == null) {
            return -1;
        }
        return lists.queueOf(job) >= 0 || (shortestFirst && byLength.contains(job)) ? 0 : -1;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!shortestFirst) {
            m.put("batching", mode.cliName());
        }
        return m;
    }
}
