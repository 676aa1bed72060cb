package org.servelab.policy.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.servelab.policy.MlfqParameters;
import org.servelab.policy.QueueObserver;
import org.servelab.workload.Decimals;
import org.servelab.workload.TimeGrid;

/**
 * FastServe's Algorithm 1 with a batch: the multi-level feedback queues of docs/scheduling.md (plain or
 * skip-join, time accounting, optional starvation promotion), where each iteration runs the
 * highest-priority jobs up to the batch limits and every member is charged the iteration's duration.
 * At a batch limit of 1 it makes exactly the decisions of the batch-size-1 MLFQ.
 */
public final class MlfqBatching implements BatchPolicy {

    private final boolean skipJoin;
    private final MlfqParameters params;

    private BatchState state;
    private LinkedQueues queues;
    private double[] quanta;
    private double[] used;
    private double[] lastRan;
    private int[] order = new int[16];
    private int[] orderLevel = new int[16];
    private boolean preemptedLast;

    public MlfqBatching(boolean skipJoin, MlfqParameters params) {
        this.skipJoin = skipJoin;
        this.params = params;
        this.quanta = params.quanta(Double.isNaN(params.quantum()) ? 1.0 : params.quantum());
    }

    @Override
    public String name() {
        return skipJoin ? "skip-join-mlfq" : "mlfq";
    }

    @Override
    public String describe() {
        String q = Double.isNaN(params.quantum()) && state == null ? "auto" : num(quanta[0]);
        return name() + " (queues " + params.queues() + ", quantum " + q + ", rate " + num(params.quantumRate())
                + (params.promotes() ? ", starve limit " + num(params.starveLimit()) : "")
                + (state == null ? "" : ", max batch " + state.options().maxBatch()) + ")";
    }

    private static String num(double v) {
        return Decimals.significant(v, 4);
    }

    @Override
    public int levels() {
        return params.queues();
    }

    @Override
    public double quantum(int level) {
        return quanta[level];
    }

    /** The quantum of Q1: the parameter, or the smallest single-job iteration time of the run. */
    static double baseQuantum(MlfqParameters params, BatchState s) {
        return params.baseQuantum(s.size(), s::soloPrefill, s::soloDecode, j -> s.outputTokens(j) > 1);
    }

    @Override
    public void start(BatchState s) {
        this.state = s;
        this.quanta = params.quanta(baseQuantum(params, s));
        this.queues = new LinkedQueues(params.queues(), s.size());
        this.used = new double[s.size()];
        this.lastRan = new double[s.size()];
    }

    private int entryLevel(int job) {
        if (!skipJoin) {
            return 0;
        }
        return MlfqParameters.skipJoinLevel(quanta, state.soloPrefill(job));
    }

    @Override
    public void admit(int job, double now, QueueObserver observer) {
        int x = entryLevel(job);
        used[job] = 0;
        lastRan[job] = state.arrival(job);
        queues.addLast(x, job);
        observer.joined(job, x);
    }

    @Override
    public void build(Batch batch, double now, QueueObserver observer) {
        if (params.promotes()) {
            promoteStarving(now, observer);
        }
        int count = 0;
        for (int x = 0; x < quanta.length; x++) {
            for (int j = queues.first(x); j >= 0; j = queues.next(j)) {
                if (count == order.length) {
                    order = java.util.Arrays.copyOf(order, count * 2);
                    orderLevel = java.util.Arrays.copyOf(orderLevel, count * 2);
                }
                order[count] = j;
                orderLevel[count++] = x;
            }
        }
        long preemptions = state.preemptionsTotal();
        PriorityFill.fill(batch, state, order, orderLevel, count);
        preemptedLast = state.preemptionsTotal() != preemptions;
    }

    /**
     * A decode batch built without preempting is built again unchanged until a member's quantum runs out
     * or a waiting job in Q2..Qk starves: no job moves between queues before, and a waiting job that could
     * not join (no slot, no budget or no memory) cannot join later while memory only shrinks. The horizon
     * is taken a grid step early, so a quantum off the time grid never lets a step run past a demotion
     * (stopping a step early only costs another step).
     */
    @Override
    public double steadyUntil(Batch batch, double now) {
        if (preemptedLast || !batch.decodesOnly()) {
            return now;
        }
        double until = Double.POSITIVE_INFINITY;
        for (int i = 0; i < batch.items(); i++) {
            int j = batch.job(i);
            until = Math.min(until, now + (quanta[queues.queueOf(j)] - used[j]) - EARLY);
        }
        if (params.promotes()) {
            for (int x = 1; x < quanta.length; x++) {
                for (int j = queues.first(x); j >= 0; j = queues.next(j)) {
                    if (!state.picked(j)) {
                        until = Math.min(until, lastRan[j] + params.starveLimit() - EARLY);
                    }
                }
            }
        }
        return until;
    }

    /** One step of the time grid: horizons are moved this much earlier, to be safe from rounding. */
    private static final double EARLY = 1.0 / TimeGrid.STEPS_PER_UNIT;

    private void promoteStarving(double now, QueueObserver observer) {
        for (int x = 1; x < quanta.length; x++) {
            int j = queues.first(x);
            while (j >= 0) {
                int after = queues.next(j);
                if (TimeGrid.add(now, -lastRan[j]) >= params.starveLimit()) {
                    queues.remove(j);
                    queues.addLast(0, j);
                    used[j] = 0;
                    lastRan[j] = now;
                    observer.promoted(j, x, 0);
                }
                j = after;
            }
        }
    }

    @Override
    public void iterationDone(Batch batch, double elapsed, double now, QueueObserver observer) {
        for (int i = 0; i < batch.items(); i++) {
            int j = batch.job(i);
            lastRan[j] = now;
            if (state.isFinished(j)) {
                queues.remove(j);
                continue;
            }
            int x = queues.queueOf(j);
            used[j] = TimeGrid.add(used[j], elapsed);
            if (used[j] >= quanta[x]) {
                int to = Math.min(x + 1, quanta.length - 1);
                queues.remove(j);
                queues.addLast(to, j);
                used[j] = 0;
                observer.demoted(j, x, to);
            }
        }
    }

    @Override
    public void remove(int job) {
        queues.remove(job);
    }

    @Override
    public int levelOf(int job) {
        return queues == null ? -1 : queues.queueOf(job);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queues", params.queues());
        m.put("quantum", quanta[0]);
        m.put("quantumRate", params.quantumRate());
        m.put("accounting", "time");
        m.put("starveLimit", params.promotes() ? params.starveLimit() : null);
        return m;
    }
}
