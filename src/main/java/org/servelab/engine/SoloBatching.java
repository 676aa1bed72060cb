package org.servelab.engine;

import java.util.Map;

import org.servelab.policy.Dispatch;
import org.servelab.policy.JobView;
import org.servelab.policy.QueueObserver;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.policy.batch.Batch;
import org.servelab.policy.batch.BatchPolicy;
import org.servelab.policy.batch.BatchState;

/**
 * A batch-size-1 policy as the core runs it: each decision is a batch of one job, which the core runs for
 * as many iterations as the {@link Dispatch} allows (its iteration limit, its time to reconsider, the next
 * arrival when it is preemptible) in one step, priced by the job's own times ({@link #current}).
 */
final class SoloBatching implements BatchPolicy {

    private final SchedulingPolicy policy;
    private BatchState state;
    private Dispatch current;
    private int tokensBefore;

    SoloBatching(SchedulingPolicy policy) {
        this.policy = policy;
    }

    /** The decision the batch just built runs. */
    Dispatch current() {
        return current;
    }

    @Override
    public String name() {
        return policy.name();
    }

    @Override
    public String describe() {
        return policy.describe();
    }

    @Override
    public int levels() {
        return policy.levels();
    }

    @Override
    public double quantum(int level) {
        return policy.quantum(level);
    }

    @Override
    public void start(BatchState s) {
        this.state = s;
        policy.start(new Jobs(s));
    }

    @Override
    public void admit(int job, double now, QueueObserver observer) {
        policy.admit(job, now, observer);
    }

    @Override
    public void build(Batch batch, double now, QueueObserver observer) {
        current = policy.decide(now, observer);
        if (current == null) {
            return;
        }
        int j = current.job();
        int work = state.nextWork(j);
        tokensBefore = state.tokensDone(j);
        batch.add(j, work, current.level());
    }

    @Override
    public void iterationDone(Batch batch, double elapsed, double now, QueueObserver observer) {
        int j = current.job();
        policy.iterationsDone(current, state.tokensDone(j) - tokensBefore, elapsed, state.madeAllTokens(j), now,
                observer);
    }

    @Override
    public void remove(int job) {
        throw new IllegalStateException("a batch-size-1 run drops no job");
    }

    @Override
    public int levelOf(int job) {
        return policy.levelOf(job);
    }

    @Override
    public Map<String, Object> parameters() {
        return policy.parameters();
    }

    /** The run's jobs as the policy sees them: the trace's times and the tokens made so far. */
    private static final class Jobs implements JobView {
        private final BatchState s;

        Jobs(BatchState s) {
            this.s = s;
        }

        @Override
        public int size() {
            return s.size();
        }

        @Override
        public double arrival(int job) {
            return s.arrival(job);
        }

        @Override
        public double prefillTime(int job) {
            return s.soloPrefill(job);
        }

        @Override
        public double decodeTime(int job) {
            return s.soloDecode(job);
        }

        @Override
        public int outputTokens(int job) {
            return s.outputTokens(job);
        }

        @Override
        public int tokensDone(int job) {
            return s.tokensDone(job);
        }
    }
}
