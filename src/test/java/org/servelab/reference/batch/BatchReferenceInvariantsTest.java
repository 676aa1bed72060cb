package org.servelab.reference.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servelab.reference.batch.BatchReference.Config;
import org.servelab.reference.batch.BatchReference.Item;
import org.servelab.reference.batch.BatchReference.Iteration;
import org.servelab.reference.batch.BatchReference.Job;
import org.servelab.reference.batch.BatchReference.Outcome;
import org.servelab.reference.batch.BatchReference.Result;

/**
 * Properties every run must have, on random traces and random settings of every policy, mode, preemption
 * mode, cost model, cap and drop rule: every job finishes or is dropped; a finished job made
 * {@code min(n, cap)} tokens, its first token no earlier than its arrival and no later than its finish;
 * a dropped one made none; iterations follow one another and respect the limits. The reference also
 * checks its own KV books after every iteration and fails loudly on an empty batch with nothing left to
 * arrive, so these runs exercise those checks as well.
 */
class BatchReferenceInvariantsTest {

    private static final int RUNS = 2000;

    private static final String[] POLICIES = {"fcfs", "fcfs", "fcfs", "sjf", "static", "mlfq", "skip-join-mlfq", "srpt"};

    /** How often the random runs reached each rule, so that a change of the generator cannot hollow them out. */
    private static final class Seen {
        int recomputes;
        int swaps;
        int swapsBack;
        int waitingDrops;
        int timeoutDrops;
        int truncations;
        int paddings;
        int splitChunks;
    }

    @Test
    void everyJobFinishesOrIsDroppedWithTheTokensItWasGiven() {
        Random random = new Random(20261125L);
        Seen seen = new Seen();
        for (int run = 0; run < RUNS; run++) {
            long seed = random.nextLong();
            check(seed, seen);
        }
        assertThat(seen.recomputes).as("runs with a recompute preemption").isGreaterThan(20);
        assertThat(seen.swaps).as("runs with a swap-out").isGreaterThan(20);
        assertThat(seen.swapsBack).as("runs with a swap-in").isGreaterThan(20);
        assertThat(seen.waitingDrops).as("runs with a max-waiting drop").isGreaterThan(20);
        assertThat(seen.timeoutDrops).as("runs with a timeout drop").isGreaterThan(20);
        assertThat(seen.truncations).as("runs with a truncated job").isGreaterThan(20);
        assertThat(seen.paddings).as("runs with static padding").isGreaterThan(20);
        assertThat(seen.splitChunks).as("runs with a split prefill").isGreaterThan(20);
    }

    private static void check(long seed, Seen reached) {
        Random r = new Random(seed);
        int size = 1 + r.nextInt(12);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int a = r.nextInt(3) == 0 ? 0 : r.nextInt(60);
            jobs.add(new Job(BigDecimal.valueOf(a, 1), r.nextInt(40), 1 + r.nextInt(8),
                    BigDecimal.valueOf(1 + r.nextInt(30), 1), BigDecimal.valueOf(1 + r.nextInt(10), 1)));
        }
        String policy = POLICIES[r.nextInt(POLICIES.length)];
        Config config = Config.of(policy, 1 + r.nextInt(4))
                .withMode(BatchReference.MODES.get(r.nextInt(3)))
                .withMaxBatchTokens(List.of(4, 8, 16, 2048).get(r.nextInt(4)))
                .withPreemption(BatchReference.PREEMPTIONS.get(r.nextInt(3)))
                .withQueues(1 + r.nextInt(4), r.nextBoolean() ? null : "0.5", List.of("1.5", "2", "3").get(r.nextInt(3)))
                .withStarveLimit(r.nextBoolean() ? null : "2.5");
        if (config.preemption().equals("swap")) {
            config = config.withSwap(List.of(-1L, 0L, 3L, 8L).get(r.nextInt(4)), r.nextBoolean() ? "0" : "0.05");
        }
        if (r.nextInt(3) == 0) {
            config = config.withMaxOutput(1 + r.nextInt(5));
        }
        if (r.nextInt(4) == 0) {
            config = config.withMaxWaiting(r.nextInt(4));
        }
        if (r.nextInt(4) == 0) {
            config = config.withTimeout(BigDecimal.valueOf(5 + r.nextInt(60), 1).toPlainString());
        }
        if (r.nextInt(3) == 0) {
            config = config.withAffine("0.2", "0.1", "0.01", "0.001");
        }
        int blockSize = List.of(1, 2, 4, 16).get(r.nextInt(4));
        config = config.withKv(blockSize, r.nextInt(4) == 0 ? -1 : smallestCapacity(jobs, config, blockSize) + r.nextInt(6));

        String what = "seed " + seed + ": " + config;
        Result result = BatchReference.simulate(jobs, config);
        count(jobs, config, result, reached);
        for (int i = 0; i < size; i++) {
            Job job = jobs.get(i);
            Outcome o = result.outcomes().get(i);
            boolean cut = config.maxOutput() >= 0 && job.output() > config.maxOutput();
            assertThat(o.truncated()).as("job %d truncated, %s", i, what).isEqualTo(cut);
            if (o.dropped()) {
                assertThat(o.finish()).as("job %d dropped has no finish, %s", i, what).isNull();
                assertThat(o.firstToken()).as("job %d dropped has no token, %s", i, what).isNull();
                assertThat(o.tokens()).as("job %d dropped made no token, %s", i, what).isZero();
                assertThat(o.dropTime()).as("job %d drop time, %s", i, what).isGreaterThanOrEqualTo(job.arrival());
                continue;
            }
            assertThat(o.finish()).as("job %d finished, %s", i, what).isNotNull();
            assertThat(o.tokens()).as("job %d tokens, %s", i, what)
                    .isEqualTo(cut ? config.maxOutput() : job.output());
            assertThat(o.firstToken()).as("job %d first token after arrival, %s", i, what).isGreaterThan(job.arrival());
            assertThat(o.firstToken()).as("job %d first token by finish, %s", i, what).isLessThanOrEqualTo(o.finish());
            if (config.preemption().equals("reserve") || policy.equals("static")) {
                assertThat(o.preemptions()).as("job %d never preempted, %s", i, what).isZero();
            }
        }
        BigDecimal end = BigDecimal.ZERO;
        for (Iteration it : result.iterations()) {
            assertThat(it.start()).as("iterations in order, %s", what).isGreaterThanOrEqualTo(end);
            assertThat(it.end()).as("positive duration, %s", what).isGreaterThan(it.start());
            end = it.end();
            assertThat(it.items()).as("at most max-batch items, %s", what).hasSizeBetween(1, config.maxBatch());
            int tokens = 0;
            Set<Integer> seen = new HashSet<>();
            for (Item item : it.items()) {
                tokens += item.tokens();
                assertThat(seen.add(item.job())).as("one item per job, %s", what).isTrue();
            }
            if (it.items().size() > 1) {
                assertThat(tokens).as("token budget, %s", what).isLessThanOrEqualTo(config.maxBatchTokens());
            }
        }
    }

    private static void count(List<Job> jobs, Config config, Result result, Seen seen) {
        boolean preempted = false;
        boolean waitingDrop = false;
        boolean timeoutDrop = false;
        boolean truncated = false;
        for (int i = 0; i < jobs.size(); i++) {
            Outcome o = result.outcomes().get(i);
            preempted |= o.preemptions() > 0;
            truncated |= o.truncated() && !o.dropped();
            if (o.dropped()) {
                // a max-waiting drop happens when the job is admitted; a timeout drop later
                boolean atAdmission = config.maxWaiting() >= 0 && (config.timeout() == null
                        || o.dropTime().subtract(jobs.get(i).arrival()).compareTo(config.timeout()) < 0);
                waitingDrop |= atAdmission;
                timeoutDrop |= !atAdmission;
            }
        }
        boolean swappedOut = false;
        boolean swappedIn = false;
        boolean padding = false;
        boolean split = false;
        for (Iteration it : result.iterations()) {
            swappedOut |= it.swappedOut() > 0;
            swappedIn |= it.swappedIn() > 0;
            for (Item item : it.items()) {
                padding |= item.kind().equals("pad");
                split |= item.kind().equals("chunk") && item.token() == 0;
            }
        }
        seen.recomputes += preempted && config.preemption().equals("recompute") ? 1 : 0;
        seen.swaps += swappedOut ? 1 : 0;
        seen.swapsBack += swappedIn ? 1 : 0;
        seen.waitingDrops += waitingDrop ? 1 : 0;
        seen.timeoutDrops += timeoutDrop ? 1 : 0;
        seen.truncations += truncated ? 1 : 0;
        seen.paddings += padding ? 1 : 0;
        seen.splitChunks += split ? 1 : 0;
    }

    /** The smallest capacity in which every job fits: the input check's bound. */
    private static long smallestCapacity(List<Job> jobs, Config config, int blockSize) {
        long most = 1;
        for (Job job : jobs) {
            int p = Math.max(1, job.prompt());
            int n = config.maxOutput() >= 0 ? Math.min(job.output(), config.maxOutput()) : job.output();
            long tokens = config.preemption().equals("reserve")
                    ? p + (config.maxOutput() >= 0 ? config.maxOutput() : n) : p + n - 1L;
            most = Math.max(most, (tokens + blockSize - 1) / blockSize);
        }
        return most;
    }
}
