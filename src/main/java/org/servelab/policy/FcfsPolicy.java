package org.servelab.policy;

/** First come, first served: each job runs to completion, in order of arrival (ties in trace order). */
public final class FcfsPolicy implements SchedulingPolicy {

    private JobView jobs;
    private final IntDeque queue = new IntDeque();
    private boolean[] waiting;

    @Override
    public String name() {
        return "fcfs";
    }

    @Override
    public String describe() {
        return "fcfs (run to completion in arrival order)";
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
        this.queue.clear();
        this.waiting = new boolean[view.size()];
    }

    @Override
    public void admit(int job, double now, QueueObserver observer) {
        queue.addLast(job);
        waiting[job] = true;
        observer.joined(job, 0);
    }

    @Override
    public Dispatch decide(double now, QueueObserver observer) {
        if (queue.isEmpty()) {
            return null;
        }
        int job = queue.peekFirst();
        int remaining = jobs.outputTokens(job) - jobs.tokensDone(job);
        return new Dispatch(job, 0, remaining, Double.POSITIVE_INFINITY, false);
    }

    @Override
    public void iterationsDone(Dispatch d, int iterations, double elapsed, boolean finished, double now,
                               QueueObserver observer) {
        if (finished) {
            queue.pollFirst();
            waiting[d.job()] = false;
        }
    }

    @Override
    public int levelOf(int job) {
        return waiting != null && waiting[job] ? 0 : -1;
    }
}
