package org.servelab.policy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.servelab.workload.Decimals;
import org.servelab.workload.TimeGrid;

/**
 * Multi-level feedback queues, plain or skip-join (FastServe), with time or token accounting and
 * optional starvation promotion. The rules are those of {@code docs/scheduling.md}.
 */
public final class MlfqPolicy implements SchedulingPolicy {

    private final boolean skipJoin;
    private final MlfqParameters params;

    private JobView jobs;
    private IntDeque[] queues;
    private double[] quanta;
    private int[] level;
    private double[] used;
    private double[] lastRan;

    public MlfqPolicy(boolean skipJoin, MlfqParameters params) {
        this.skipJoin = skipJoin;
        this.params = params;
        this.quanta = computeQuanta(Double.isNaN(params.quantum()) ? 1.0 : params.quantum());
    }

    public static MlfqPolicy skipJoin(MlfqParameters params) {
        return new MlfqPolicy(true, params);
    }

    public static MlfqPolicy plain(MlfqParameters params) {
        return new MlfqPolicy(false, params);
    }

    @Override
    public String name() {
        return skipJoin ? "skip-join-mlfq" : "mlfq";
    }

    @Override
    public String describe() {
        String q = Double.isNaN(params.quantum()) && jobs == null ? "auto" : fmt(quanta[0]);
        return name() + " (queues " + params.queues() + ", quantum " + q + ", rate " + fmt(params.quantumRate())
                + ", " + params.accounting().cliName() + " accounting"
                + (params.promotes() ? ", starve limit " + fmt(params.starveLimit()) : "") + ")";
    }

    private static String fmt(double v) {
        return Decimals.significant(v, 4);
    }

    @Override
    public int levels() {
        return params.queues();
    }

    @Override
    public double quantum(int lvl) {
        return quanta[lvl];
    }

    private double[] computeQuanta(double base) {
        return params.quanta(base);
    }

    /** The quantum of Q1 the policy uses on these jobs: the parameter, or the smallest iteration time. */
    public static double baseQuantum(MlfqParameters params, JobView jobs) {
        return params.baseQuantum(jobs.size(), jobs::prefillTime, jobs::decodeTime, j -> jobs.outputTokens(j) > 1);
    }

    @Override
    public void start(JobView view) {
        this.jobs = view;
        this.quanta = computeQuanta(baseQuantum(params, view));
        this.queues = new IntDeque[params.queues()];
        for (int x = 0; x < queues.length; x++) {
            queues[x] = new IntDeque();
        }
        int n = view.size();
        this.level = new int[n];
        Arrays.fill(level, -1);
        this.used = new double[n];
        this.lastRan = new double[n];
    }

    /** The level a new job joins. */
    int entryLevel(int job) {
        if (!skipJoin) {
            return 0;
        }
        return MlfqParameters.skipJoinLevel(quanta, jobs.prefillTime(job));
    }

    @Override
    public void admit(int job, double now, QueueObserver observer) {
        int x = entryLevel(job);
        level[job] = x;
        used[job] = 0;
        lastRan[job] = jobs.arrival(job);
        queues[x].addLast(job);
        observer.joined(job, x);
    }

    @Override
    public Dispatch decide(double now, QueueObserver observer) {
        if (params.promotes()) {
            promoteStarving(now, observer);
        }
        for (int x = 0; x < queues.length; x++) {
            if (!queues[x].isEmpty()) {
                return dispatch(queues[x].peekFirst(), x);
            }
        }
        return null;
    }

    private Dispatch dispatch(int job, int x) {
        int remaining = jobs.outputTokens(job) - jobs.tokensDone(job);
        if (params.accounting() == Accounting.TOKENS) {
            int allowed = (int) Math.max(1, Math.floor(TimeGrid.snap(Math.pow(params.quantumRate(), x))));
            return new Dispatch(job, x, Math.min(allowed, remaining), Double.POSITIVE_INFINITY, false);
        }
        int m = Iterations.untilReached(jobs.prefillTime(job), jobs.decodeTime(job), jobs.tokensDone(job),
                used[job], quanta[x], remaining);
        return new Dispatch(job, x, m, params.promotes() ? nextStarvation(job) : Double.POSITIVE_INFINITY, true);
    }

    /** The earliest time a job other than {@code running}, waiting in Q2..Qk, reaches the limit. */
    private double nextStarvation(int running) {
        double earliest = Double.POSITIVE_INFINITY;
        for (int x = 1; x < queues.length; x++) {
            IntDeque q = queues[x];
            for (int i = 0; i < q.size(); i++) {
                int j = q.get(i);
                if (j != running) {
                    earliest = Math.min(earliest, TimeGrid.add(lastRan[j], params.starveLimit()));
                }
            }
        }
        return earliest;
    }

    private void promoteStarving(double now, QueueObserver observer) {
        for (int x = 1; x < queues.length; x++) {
            IntDeque q = queues[x];
            int i = 0;
            while (i < q.size()) {
                int j = q.get(i);
                if (TimeGrid.add(now, -lastRan[j]) >= params.starveLimit()) {
                    q.removeAt(i);
                    queues[0].addLast(j);
                    level[j] = 0;
                    used[j] = 0;
                    lastRan[j] = now;
                    observer.promoted(j, x, 0);
                } else {
                    i++;
                }
            }
        }
    }

    @Override
    public void iterationsDone(Dispatch d, int iterations, double elapsed, boolean finished, double now,
                               QueueObserver observer) {
        int job = d.job();
        int x = level[job];
        IntDeque q = queues[x];
        if (q.isEmpty() || q.peekFirst() != job) {
            throw new IllegalStateException("job " + job + " ran but is not at the head of Q" + (x + 1));
        }
        lastRan[job] = now;
        if (finished) {
            q.pollFirst();
            level[job] = -1;
            return;
        }
        boolean demote;
        if (params.accounting() == Accounting.TOKENS) {
            demote = true;
        } else {
            used[job] = TimeGrid.add(used[job], elapsed);
            demote = used[job] >= quanta[x];
        }
        if (demote) {
            q.pollFirst();
            int to = Math.min(x + 1, queues.length - 1);
            level[job] = to;
            used[job] = 0;
            queues[to].addLast(job);
            observer.demoted(job, x, to);
        }
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queues", params.queues());
        m.put("quantum", quanta[0]);
        m.put("quantumRate", params.quantumRate());
        m.put("accounting", params.accounting().cliName());
        m.put("starveLimit", params.promotes() ? params.starveLimit() : null);
        return m;
    }

    @Override
    public int levelOf(int job) {
        return level == null ? -1 : level[job];
    }
}
