package org.servelab.reference.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An independent simulator of the batching rules of {@code docs/batching.md}, kept as simple as the rules
 * so that it is their executable statement and the oracle of the agreement test against the batching
 * engine. It shares no code with the production engine: it imports only the JDK.
 *
 * <p>It runs one iteration at a time and takes every decision at every boundary, in the order the rules
 * give: (1) the last batch books its work, finished jobs leave and free their KV, MLFQ charges and demotes;
 * (2) timeouts; (3) admission (with the {@code max-waiting} drop); (4) the policy builds the batch,
 * allocating and preempting KV; (5) an empty batch jumps to the next arrival or fails loudly; (6) the batch
 * is priced, swap transfers are added, the sum is rounded to the grid and the clock advances.
 *
 * <p>All arithmetic is exact. Times are {@link BigDecimal}s; a per-job chunk cost {@code p * c / P} is kept
 * as a fraction ({@link Ratio}) until the iteration's duration is rounded, once, to a millionth of the
 * trace's unit with {@link RoundingMode#HALF_EVEN}. Every iteration duration is rounded that way (so MLFQ
 * {@code used} sums rounded durations), and so is every quantum {@code Quantum * rate^(x-1)}. Given times
 * (arrivals, prefill and decode times, the timeout, the starvation limit) are put on the grid the same way
 * as they are read, so every time in the results has scale 6.
 *
 * <p>Where {@code docs/batching.md} leaves a choice open, this class makes the following one:
 * <ul>
 * <li>fcfs/sjf Phase 1: when the growing job is itself the last of the running list it is preempted like
 * any victim (freed, back to the waiting queue) and Phase 1 ends.</li>
 * <li>MLFQ/SRPT: the picked job is never its own victim; a job preempted for another one may be picked
 * later in the same scan (and then re-allocates, or swaps back in, at once); "a batch in which anything
 * was preempted admits no new job" is an fcfs/sjf rule and does not apply. Starvation's "since it last
 * ran" is the end of the last iteration the job was a member of.</li>
 * <li>A swapped-out job that is chosen again gets its next work item: the rest of its prefill (a chunk of
 * {@code min(pre - done, budget)} in {@code chunked}, the whole rest otherwise) or one decode. In
 * {@code mixed} and {@code prefill-first} that item takes the place of "its whole prefill".</li>
 * <li>{@code reserve} outside fcfs/sjf: an MLFQ or SRPT job reserves its blocks the first time it is picked
 * for a batch, and is skipped (nothing preempted) when they are not free. In {@code prefill-first},
 * "free blocks for its whole prefill" means free blocks for its reservation. The static policy allocates
 * its own way and ignores the preemption mode.</li>
 * <li>The input check with {@code reserve} uses the reservation itself, {@code ceil((P + cap) / block)},
 * with {@code cap} = {@code max-output} if given, else the job's output length.</li>
 * <li>Output lengths used by any rule ({@code n} of sjf, the SRPT remaining work, the default quantum's
 * "jobs with {@code n > 1}") are the lengths after the {@code max-output} cap.</li>
 * <li>A dropped job's {@code dropTime} is the boundary at which it is dropped (for a {@code max-waiting}
 * drop, the boundary that admits it, which may be later than its arrival). Its {@code truncated} flag still
 * says whether the cap cut its output length.</li>
 * <li>A dropped job frees everything it holds: GPU blocks, a reservation, and swapped blocks in the CPU
 * pool.</li>
 * <li>Skip-join compares a quantum with the job's solo prefill <em>duration</em> (the solo prefill cost
 * rounded to the grid, as the iteration would take); the auto quantum is the smallest such solo duration.
 * SRPT ranks by exact (unrounded) remaining solo costs, computed once per boundary, before the batch is
 * built (preemptions during the build do not re-rank); victims are taken from the bottom of that ranking.
 * Its remaining decodes are each priced as one solo decode (affine: at context {@code P + 1}).</li>
 * <li>A static padding item is priced as a decode: the member's decode time for the per-job cost, one
 * token and its frozen context {@code P + n - 1} for the affine cost.</li>
 * <li>{@code mode} is read only by fcfs; sjf is always {@code chunked}.</li>
 * </ul>
 */
public final class BatchReference {

    /** Durations and quanta are rounded to this many decimals (a millionth of the trace's unit). */
    private static final int GRID_SCALE = 6;

    /** The policy names. */
    public static final List<String> POLICIES = List.of("fcfs", "sjf", "static", "mlfq", "skip-join-mlfq", "srpt");
    /** The fcfs batching modes. */
    public static final List<String> MODES = List.of("chunked", "mixed", "prefill-first");
    /** The KV preemption modes. */
    public static final List<String> PREEMPTIONS = List.of("recompute", "swap", "reserve");

    private BatchReference() {
    }

    /**
     * One job, in trace order. {@code prompt} may be 0 (then {@code P = 1}). {@code prefill} and
     * {@code decode} are the job's own times, used by the {@link Cost#PER_JOB} cost.
     */
    public record Job(BigDecimal arrival, int prompt, int output, BigDecimal prefill, BigDecimal decode) {

        public Job {
            Objects.requireNonNull(arrival, "arrival");
            if (arrival.signum() < 0) {
                throw new IllegalArgumentException("negative arrival " + arrival);
            }
            if (prompt < 0) {
                throw new IllegalArgumentException("negative prompt " + prompt);
            }
            if (output < 1) {
                throw new IllegalArgumentException("a job makes at least one token, not " + output);
            }
            if ((prefill != null && prefill.signum() < 0) || (decode != null && decode.signum() < 0)) {
                throw new IllegalArgumentException("negative prefill or decode time");
            }
        }

        /** A job from decimal strings, so that tests write exact times: {@code Job.of("0.5", 3, 2, "1", "0.25")}. */
        public static Job of(String arrival, int prompt, int output, String prefill, String decode) {
            return new Job(new BigDecimal(arrival), prompt, output, new BigDecimal(prefill), new BigDecimal(decode));
        }

        /** A job from doubles, each taken at its decimal value ({@link BigDecimal#valueOf(double)}). */
        public static Job of(double arrival, int prompt, int output, double prefill, double decode) {
            return new Job(BigDecimal.valueOf(arrival), prompt, output, BigDecimal.valueOf(prefill),
                    BigDecimal.valueOf(decode));
        }
    }

    /** How a batch is priced. */
    public enum Cost {
        /** The slowest item: a decode costs {@code d}, a chunk of {@code c} costs {@code p} if {@code c == P}, else {@code p * c / P}. */
        PER_JOB,
        /** {@code max(floor, c0 + perToken * T + perContext * Kctx)}. */
        AFFINE
    }

    /**
     * The run's settings; see {@code docs/batching.md}. Build one with {@link #of(String, int)} and the
     * {@code with...} methods.
     */
    public record Config(
            String policy,
            String mode,
            int maxBatch, int maxBatchTokens, int blockSize,
            long kvBlocks,
            String preemption,
            long swapBlocks,
            BigDecimal swapPerBlock,
            int maxOutput,
            int maxWaiting,
            BigDecimal timeout,
            Cost cost, BigDecimal floor, BigDecimal c0, BigDecimal perToken, BigDecimal perContext,
            int queues, BigDecimal quantum, BigDecimal quantumRate,
            BigDecimal starveLimit) {

        public Config {
            if (!POLICIES.contains(policy)) {
                throw new IllegalArgumentException("unknown policy " + policy);
            }
            if (!MODES.contains(mode)) {
                throw new IllegalArgumentException("unknown batching mode " + mode);
            }
            if (maxBatch < 1 || maxBatchTokens < 1 || blockSize < 1) {
                throw new IllegalArgumentException("max-batch, max-batch-tokens and block-size must be positive");
            }
            if (kvBlocks < -1 || kvBlocks == 0 || swapBlocks < -1) {
                throw new IllegalArgumentException("kv-blocks is positive or -1; swap-blocks is >= 0 or -1");
            }
            if (!PREEMPTIONS.contains(preemption)) {
                throw new IllegalArgumentException("unknown preemption " + preemption);
            }
            Objects.requireNonNull(swapPerBlock, "swapPerBlock");
            if (swapPerBlock.signum() < 0) {
                throw new IllegalArgumentException("negative swap time");
            }
            if (maxOutput < -1 || maxOutput == 0 || maxWaiting < -1) {
                throw new IllegalArgumentException("max-output is positive or -1; max-waiting is >= 0 or -1");
            }
            if (timeout != null && timeout.signum() < 0) {
                throw new IllegalArgumentException("negative timeout");
            }
            Objects.requireNonNull(cost, "cost");
            if (cost == Cost.AFFINE && (floor == null || c0 == null || perToken == null || perContext == null)) {
                throw new IllegalArgumentException("the affine cost needs floor, c0, per-token and per-context");
            }
            if (queues < 1) {
                throw new IllegalArgumentException("at least one queue");
            }
            if (quantum != null && quantum.signum() <= 0) {
                throw new IllegalArgumentException("quantum must be positive");
            }
            Objects.requireNonNull(quantumRate, "quantumRate");
            if (quantumRate.compareTo(BigDecimal.ONE) < 0) {
                throw new IllegalArgumentException("quantum rate must be >= 1");
            }
            if (starveLimit != null && starveLimit.signum() < 0) {
                throw new IllegalArgumentException("negative starvation limit");
            }
        }

        /**
         * {@code policy} at {@code maxBatch} with the defaults: mode chunked, 2048 tokens per iteration,
         * blocks of 16, unlimited KV, recompute, unlimited CPU pool with free transfers, no output cap, no
         * waiting limit, no timeout, per-job cost, 4 queues, automatic quantum, rate 2, no starvation
         * promotion.
         */
        public static Config of(String policy, int maxBatch) {
            return new Config(policy, "chunked", maxBatch, 2048, 16, -1, "recompute", -1, BigDecimal.ZERO, -1, -1,
                    null, Cost.PER_JOB, null, null, null, null, 4, null, BigDecimal.valueOf(2), null);
        }

        public Config withPolicy(String p) {
            return new Config(p, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, starveLimit);
        }

        public Config withMode(String m) {
            return new Config(policy, m, maxBatch, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, starveLimit);
        }

        public Config withMaxBatch(int b) {
            return new Config(policy, mode, b, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, starveLimit);
        }

        public Config withMaxBatchTokens(int t) {
            return new Config(policy, mode, maxBatch, t, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, starveLimit);
        }

        /** Paged KV memory: {@code blocks} blocks of {@code size} tokens ({@code blocks = -1}: unlimited). */
        public Config withKv(int size, long blocks) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, size, blocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, starveLimit);
        }

        public Config withPreemption(String p) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, p, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, starveLimit);
        }

        /** Swap preemption with a CPU pool of {@code blocks} blocks (-1: unlimited), {@code perBlock} per block moved. */
        public Config withSwap(long blocks, String perBlock) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, "swap", blocks,
                    new BigDecimal(perBlock), maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext,
                    queues, quantum, quantumRate, starveLimit);
        }

        public Config withMaxOutput(int t) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, t, maxWaiting, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, starveLimit);
        }

        public Config withMaxWaiting(int n) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, n, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, starveLimit);
        }

        /** A timeout ({@code null}: none). */
        public Config withTimeout(String t) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, t == null ? null : new BigDecimal(t), cost, floor, c0,
                    perToken, perContext, queues, quantum, quantumRate, starveLimit);
        }

        /** The affine cost {@code max(floor, c0 + perToken * T + perContext * Kctx)}. */
        public Config withAffine(String f, String c, String token, String context) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, Cost.AFFINE, new BigDecimal(f), new BigDecimal(c),
                    new BigDecimal(token), new BigDecimal(context), queues, quantum, quantumRate, starveLimit);
        }

        /** Queues, base quantum ({@code null}: automatic) and rate of the MLFQ policies. */
        public Config withQueues(int k, String q, String rate) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext, k,
                    q == null ? null : new BigDecimal(q), new BigDecimal(rate), starveLimit);
        }

        /** Starvation promotion after {@code limit} ({@code null}: off). */
        public Config withStarveLimit(String limit) {
            return new Config(policy, mode, maxBatch, maxBatchTokens, blockSize, kvBlocks, preemption, swapBlocks,
                    swapPerBlock, maxOutput, maxWaiting, timeout, cost, floor, c0, perToken, perContext, queues,
                    quantum, quantumRate, limit == null ? null : new BigDecimal(limit));
        }
    }

    /**
     * Per job, in trace order. {@code firstToken} and {@code finish} are null when the job was dropped
     * ({@code dropTime} is set then). {@code tokens} is the number of tokens made (after the cap).
     */
    public record Outcome(BigDecimal firstToken, BigDecimal finish, int tokens, int preemptions,
                          boolean dropped, boolean truncated, BigDecimal dropTime) {

        /** Job completion time, {@code finish - arrival}. */
        public BigDecimal jct(Job job) {
            return finish.subtract(job.arrival());
        }
    }

    /**
     * One work item of an iteration, for tests and debugging.
     *
     * @param job    the job's trace index
     * @param kind   {@code chunk}, {@code decode} or {@code pad}
     * @param tokens tokens the item processes (the chunk's length, else 1)
     * @param token  the number of the token the item makes, 0 for none (a chunk that does not end the prefill, a pad)
     */
    public record Item(int job, String kind, int tokens, int token) {

        @Override
        public String toString() {
            return job + ":" + (kind.equals("chunk") ? "c" + tokens : kind);
        }
    }

    /**
     * One iteration, for tests and debugging.
     *
     * @param swappedOut blocks moved from GPU to CPU at the boundary that built it
     * @param swappedIn  blocks moved back from CPU to GPU at that boundary
     */
    public record Iteration(BigDecimal start, BigDecimal end, List<Item> items, long swappedOut, long swappedIn) {

        /** Blocks moved in both directions; each costs {@code swapPerBlock}, added to this iteration. */
        public long swappedBlocks() {
            return swappedOut + swappedIn;
        }

        /** The items, e.g. {@code "0:c4 1:decode 2:pad"}. */
        public String batch() {
            StringBuilder s = new StringBuilder();
            for (Item i : items) {
                s.append(s.length() == 0 ? "" : " ").append(i);
            }
            return s.toString();
        }
    }

    /** A run: the outcome of each job, in trace order, and every iteration. */
    public record Result(List<Outcome> outcomes, List<Iteration> iterations) {
    }

    /** Simulates {@code jobs} under {@code config}. */
    public static List<Outcome> run(List<Job> jobs, Config config) {
        return simulate(jobs, config).outcomes();
    }

    /** Simulates {@code jobs} under {@code config}, keeping the iterations. */
    public static Result simulate(List<Job> jobs, Config config) {
        return new Sim(jobs, config).run();
    }

    // =================================================================================================
    // Exact fractions

    /** {@code num / den}, exact; per-job chunk costs {@code p * c / P} need it until the duration is rounded. */
    private record Ratio(BigDecimal num, BigDecimal den) {

        static Ratio of(BigDecimal v) {
            return new Ratio(v, BigDecimal.ONE);
        }

        int compareTo(Ratio o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }

        Ratio max(Ratio o) {
            return compareTo(o) >= 0 ? this : o;
        }

        Ratio add(Ratio o) {
            return new Ratio(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Ratio times(long k) {
            return new Ratio(num.multiply(BigDecimal.valueOf(k)), den);
        }

        /** Rounded to the grid; {@code divide} with a scale rounds the exact quotient. */
        BigDecimal round() {
            return num.divide(den, GRID_SCALE, RoundingMode.HALF_EVEN);
        }
    }

    private static BigDecimal grid(BigDecimal v) {
        return v.setScale(GRID_SCALE, RoundingMode.HALF_EVEN);
    }

    // =================================================================================================
    // The simulation

    private enum Kind { CHUNK, DECODE, PAD }

    /** A work item while the batch is built; {@code contextAfter} is the job's context after the iteration. */
    private record Work(JobState job, Kind kind, int tokens, int contextAfter, int token) {
    }

    /** A job's state. */
    private static final class JobState {
        final int id;
        final BigDecimal arrival;
        /** The prompt for batching, {@code max(1, prompt)}. */
        final int prompt;
        /** Output tokens after the cap. */
        final int n;
        final boolean truncated;
        final BigDecimal prefill;
        final BigDecimal decode;

        /** Tokens the current prefill covers ({@code P}, or {@code P + g} after a recompute). */
        int pre;
        /** Tokens of the current prefill done. */
        int done;
        /** Tokens made. */
        int made;
        /** Tokens whose KV the job holds (on the GPU, or in the CPU pool while swapped). */
        int context;
        /** GPU blocks held (with {@code reserve}: the reservation). */
        long gpu;
        /** Blocks in the CPU pool while swapped out. */
        long cpu;
        boolean swapped;
        boolean reserved;
        int preemptions;
        BigDecimal firstToken;
        BigDecimal finish;
        BigDecimal dropTime;
        boolean dropped;
        /** MLFQ: 0-based level, time used at it, since when it waits (arrival, end of its last iteration, promotion). */
        int level;
        BigDecimal used = BigDecimal.ZERO;
        BigDecimal waitingSince;

        JobState(int id, Job job, int maxOutput) {
            this.id = id;
            arrival = grid(job.arrival());
            prompt = Math.max(1, job.prompt());
            truncated = maxOutput >= 0 && job.output() > maxOutput;
            n = truncated ? maxOutput : job.output();
            prefill = job.prefill() == null ? null : grid(job.prefill());
            decode = job.decode() == null ? null : grid(job.decode());
            pre = prompt;
        }

        boolean inPrefill() {
            return done < pre;
        }

        /** Its whole next work: the rest of its prefill, or one decode. */
        int work() {
            return inPrefill() ? pre - done : 1;
        }
    }

    private static final class Sim {
        private final Config cfg;
        private final List<JobState> jobs = new ArrayList<>();
        /** Trace indices by arrival, ties in trace order. */
        private final List<JobState> arrivalOrder;
        private int nextArrival;
        private BigDecimal now = grid(BigDecimal.ZERO);
        /** Jobs neither finished nor dropped (arrived or not). */
        private int unsettled;

        private final boolean unlimitedKv;
        private long freeBlocks;
        private final boolean unlimitedCpu;
        private long cpuFree;
        private final boolean reserve;
        private final boolean swap;
        /** The timeout and the starvation limit, on the grid (null: off). */
        private final BigDecimal timeout;
        private final BigDecimal starveLimit;
        /** Blocks moved out to and in from the CPU pool while building the current batch. */
        private long swappedOut;
        private long swappedIn;

        /** Admitted, unfinished, not dropped: the admission order. */
        private final List<JobState> active = new ArrayList<>();
        /** fcfs, sjf: the running list; static: the running batch (null when none). */
        private final List<JobState> running = new ArrayList<>();
        private List<JobState> staticBatch;
        /** fcfs, sjf, static: the waiting queue. */
        private final List<JobState> waiting = new ArrayList<>();
        /** MLFQ family: Q1..Qk. */
        private final List<List<JobState>> queues = new ArrayList<>();
        private final BigDecimal[] quanta;

        private final List<Iteration> iterations = new ArrayList<>();

        Sim(List<Job> trace, Config config) {
            cfg = config;
            for (int i = 0; i < trace.size(); i++) {
                Job job = trace.get(i);
                if (cfg.cost() == Cost.PER_JOB && (job.prefill() == null || job.decode() == null)) {
                    throw new IllegalArgumentException("job " + i + " needs prefill and decode times for the per-job cost");
                }
                jobs.add(new JobState(i, job, cfg.maxOutput()));
            }
            arrivalOrder = new ArrayList<>(jobs);
            arrivalOrder.sort(Comparator.comparing((JobState j) -> j.arrival)); // stable: ties in trace order
            unsettled = jobs.size();
            unlimitedKv = cfg.kvBlocks() < 0;
            freeBlocks = cfg.kvBlocks();
            unlimitedCpu = cfg.swapBlocks() < 0;
            cpuFree = cfg.swapBlocks();
            timeout = cfg.timeout() == null ? null : grid(cfg.timeout());
            starveLimit = cfg.starveLimit() == null ? null : grid(cfg.starveLimit());
            reserve = cfg.preemption().equals("reserve");
            swap = cfg.preemption().equals("swap");
            checkEveryJobFits();
            for (int x = 0; x < cfg.queues(); x++) {
                queues.add(new ArrayList<>());
            }
            quanta = quanta();
        }

        /**
         * "A job that could never fit, {@code ceil((P + n - 1) / block-size) > kv-blocks} (with reserve:
         * {@code ceil((P + n) / block-size)}), is an input error naming the job." With reserve the check
         * uses the reservation itself, {@code P + cap} (see the class comment).
         */
        private void checkEveryJobFits() {
            if (unlimitedKv) {
                return;
            }
            for (JobState j : jobs) {
                long need = reserve ? reservation(j) : blocks(j.prompt + j.n - 1);
                if (need > cfg.kvBlocks()) {
                    throw new IllegalArgumentException("job " + j.id + " needs " + need + " KV blocks, more than the "
                            + cfg.kvBlocks() + " there are");
                }
            }
        }

        Result run() {
            List<Work> last = null;
            BigDecimal lastDuration = null;
            long guard = 0;
            while (true) {
                if (last != null) {
                    book(last, lastDuration);
                }
                if (unsettled == 0) {
                    break;
                }
                timeouts();
                admit();
                if (unsettled == 0) {
                    break;
                }
                swappedOut = 0;
                swappedIn = 0;
                List<Work> batch = build();
                long moved = swappedOut + swappedIn;
                if (batch.isEmpty()) {
                    if (moved != 0) {
                        throw new IllegalStateException("blocks moved for an empty batch at " + now);
                    }
                    if (nextArrival == arrivalOrder.size()) {
                        throw new IllegalStateException("empty batch at " + now + " with " + unsettled
                                + " jobs unfinished and nothing left to arrive");
                    }
                    now = arrivalOrder.get(nextArrival).arrival;
                    last = null;
                    continue;
                }
                Ratio cost = price(batch).add(Ratio.of(cfg.swapPerBlock().multiply(BigDecimal.valueOf(moved))));
                BigDecimal duration = cost.round();
                BigDecimal start = now;
                now = now.add(duration);
                iterations.add(new Iteration(start, now, items(batch), swappedOut, swappedIn));
                checkKv();
                last = batch;
                lastDuration = duration;
                if (++guard > 50_000_000L) {
                    throw new IllegalStateException("no end in sight at " + now);
                }
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (JobState j : jobs) {
                outcomes.add(new Outcome(j.firstToken, j.finish, j.made, j.preemptions, j.dropped, j.truncated,
                        j.dropTime));
            }
            return new Result(List.copyOf(outcomes), List.copyOf(iterations));
        }

        private static List<Item> items(List<Work> batch) {
            List<Item> out = new ArrayList<>();
            for (Work w : batch) {
                out.add(new Item(w.job().id, w.kind().name().toLowerCase(Locale.ROOT), w.tokens(), w.token()));
            }
            return List.copyOf(out);
        }

        /** Internal consistency: the blocks held and free add up to the capacities. */
        private void checkKv() {
            long held = 0;
            long parked = 0;
            for (JobState j : jobs) {
                held += j.gpu;
                parked += j.cpu;
            }
            if (!unlimitedKv && (freeBlocks < 0 || held + freeBlocks != cfg.kvBlocks())) {
                throw new IllegalStateException("KV books do not balance: held " + held + ", free " + freeBlocks);
            }
            if (!unlimitedCpu && (cpuFree < 0 || parked + cpuFree != cfg.swapBlocks())) {
                throw new IllegalStateException("CPU pool books do not balance");
            }
        }

        // ---------------------------------------------------------------------------------------------
        // Step 1: booking

        /**
         * "The members of the last batch book their work. A job whose last token was made finishes at the
         * boundary and frees its KV. MLFQ policies then charge and demote, in batch order."
         */
        private void book(List<Work> batch, BigDecimal t) {
            for (Work w : batch) {
                JobState j = w.job();
                if (w.kind() == Kind.CHUNK) {
                    j.done += w.tokens();
                    j.context += w.tokens();
                    if (j.done == j.pre) {
                        makeToken(j);
                    }
                } else if (w.kind() == Kind.DECODE) {
                    j.context += 1;
                    makeToken(j);
                }
            }
            if (cfg.policy().equals("static")) {
                bookStatic();
                return;
            }
            for (Work w : batch) {
                JobState j = w.job();
                if (j.made == j.n) {
                    finish(j);
                }
            }
            if (mlfq()) {
                for (Work w : batch) {
                    JobState j = w.job();
                    if (j.finish != null) {
                        continue;
                    }
                    j.used = j.used.add(t);
                    j.waitingSince = now;
                    if (j.used.compareTo(quanta[j.level]) >= 0) {
                        demote(j);
                    }
                }
            }
        }

        /** Static: "every member finishes when the batch ends", when the longest member has made its last token. */
        private void bookStatic() {
            for (JobState j : staticBatch) {
                if (j.made < j.n) {
                    return;
                }
            }
            for (JobState j : staticBatch) {
                finish(j);
            }
            staticBatch = null;
        }

        private void makeToken(JobState j) {
            j.made++;
            if (j.made == 1) {
                j.firstToken = now;
            }
        }

        private void finish(JobState j) {
            j.finish = now;
            leave(j);
        }

        /** A finished or dropped job leaves every list and frees what it holds. */
        private void leave(JobState j) {
            release(j);
            if (j.swapped) {
                cpuFree += j.cpu;
                j.cpu = 0;
                j.swapped = false;
            }
            active.remove(j);
            running.remove(j);
            waiting.remove(j);
            for (List<JobState> q : queues) {
                q.remove(j);
            }
            unsettled--;
        }

        /** "Demoted one level (a job in Qk goes to the tail of Qk), {@code used = 0}." */
        private void demote(JobState j) {
            queues.get(j.level).remove(j);
            j.level = Math.min(j.level + 1, queues.size() - 1);
            j.used = BigDecimal.ZERO;
            queues.get(j.level).add(j);
        }

        // ---------------------------------------------------------------------------------------------
        // Steps 2 and 3: timeouts and admission

        /**
         * "Every admitted, unfinished job that has made no token yet and has {@code now - arrival >= T} is
         * dropped, in admission order: it leaves the policy and frees its KV."
         */
        private void timeouts() {
            if (timeout == null) {
                return;
            }
            for (JobState j : List.copyOf(active)) {
                if (j.made == 0 && now.subtract(j.arrival).compareTo(timeout) >= 0) {
                    drop(j);
                }
            }
        }

        private void drop(JobState j) {
            j.dropped = true;
            j.dropTime = now;
            leave(j);
        }

        /**
         * "Every job with {@code arrival <= now} is admitted, in arrival order, ties in trace order. With
         * max-waiting N, an arrival that finds N or more waiting jobs (admitted, unfinished, not dropped, no
         * token made yet) is dropped instead."
         */
        private void admit() {
            while (nextArrival < arrivalOrder.size() && arrivalOrder.get(nextArrival).arrival.compareTo(now) <= 0) {
                JobState j = arrivalOrder.get(nextArrival++);
                if (cfg.maxWaiting() >= 0 && waitingCount() >= cfg.maxWaiting()) {
                    j.dropped = true;
                    j.dropTime = now;
                    unsettled--;
                    continue;
                }
                active.add(j);
                enter(j);
            }
        }

        private int waitingCount() {
            int count = 0;
            for (JobState j : active) {
                if (j.made == 0) {
                    count++;
                }
            }
            return count;
        }

        /** The job joins its policy: the waiting queue's tail, its MLFQ entry queue's tail, or SRPT's pool. */
        private void enter(JobState j) {
            switch (cfg.policy()) {
                case "mlfq":
                case "skip-join-mlfq":
                    j.level = cfg.policy().equals("mlfq") ? 0 : skipJoinQueue(j);
                    j.used = BigDecimal.ZERO;
                    j.waitingSince = j.arrival;
                    queues.get(j.level).add(j);
                    break;
                case "srpt":
                    break;
                default:
                    waiting.add(j);
            }
        }

        // ---------------------------------------------------------------------------------------------
        // Step 4: building the batch

        private List<Work> build() {
            switch (cfg.policy()) {
                case "fcfs":
                    if (cfg.mode().equals("prefill-first")) {
                        return buildPrefillFirst();
                    }
                    return buildContinuous(cfg.mode().equals("mixed"));
                case "sjf":
                    return buildContinuous(false);
                case "static":
                    return buildStatic();
                case "mlfq":
                case "skip-join-mlfq":
                    promoteStarving();
                    List<JobState> order = new ArrayList<>();
                    for (List<JobState> q : queues) {
                        order.addAll(q);
                    }
                    return buildByPriority(order);
                case "srpt":
                    return buildByPriority(srptRanking());
                default:
                    throw new IllegalStateException(cfg.policy());
            }
        }

        /** An item of {@code c} tokens for {@code j}: a chunk while it is in prefill, else a decode. */
        private static Work item(JobState j, int c) {
            if (j.inPrefill()) {
                return new Work(j, Kind.CHUNK, c, j.context + c, j.done + c == j.pre ? j.made + 1 : 0);
            }
            return new Work(j, Kind.DECODE, 1, j.context + 1, j.made + 1);
        }

        /**
         * fcfs {@code chunked} and {@code mixed}, and sjf. Phase 1 walks the running list while budget is
         * left, each job growing (and preempting from the tail) before it gets its chunk or decode; Phase 2,
         * skipped when Phase 1 preempted, admits from the waiting queue.
         */
        private List<Work> buildContinuous(boolean mixed) {
            List<Work> batch = new ArrayList<>();
            int budget = cfg.maxBatchTokens();
            boolean preempted = phase1(batch, budget);
            for (Work w : batch) {
                budget -= w.tokens();
            }
            if (preempted) {
                return batch;
            }
            while (!waiting.isEmpty() && budget > 0 && running.size() < cfg.maxBatch()) {
                JobState h = waitingHead();
                int c;
                if (mixed) {
                    // "joins only if its whole prefill fits in the remaining budget, or the batch has no work item yet"
                    if (h.work() > budget && !batch.isEmpty()) {
                        break;
                    }
                    c = h.work();
                } else {
                    // a swapped job continues where it stopped: the rest of its prefill, or a decode
                    c = Math.min(h.work(), budget);
                }
                if (!admitBlocks(h, c)) {
                    break;
                }
                waiting.remove(h);
                running.add(h);
                batch.add(item(h, c));
                budget -= c;
            }
            return batch;
        }

        /**
         * Phase 1: "walks the running list in order while budget > 0: a job in prefill gets a chunk
         * {@code min(pre - done, budget)}, a decoding job gets 1 (each allocating its blocks first,
         * preempting as above)". Returns whether anything was preempted.
         */
        private boolean phase1(List<Work> batch, int budget) {
            boolean preempted = false;
            for (int i = 0; i < running.size() && budget > 0; i++) {
                JobState j = running.get(i);
                int c = Math.min(j.work(), budget);
                if (!reserve) {
                    long need = blocks(j.context + c) - j.gpu;
                    boolean selfVictim = false;
                    while (need > free()) {
                        // "the victim is the last job of the running list; repeat until the allocation fits or
                        // the job itself is the victim (then it gets no work this iteration)"
                        JobState victim = running.remove(running.size() - 1);
                        evict(victim);
                        toWaiting(victim);
                        preempted = true;
                        if (victim == j) {
                            selfVictim = true;
                            break;
                        }
                    }
                    if (selfVictim) {
                        break;
                    }
                    take(j, need);
                }
                batch.add(item(j, c));
                budget -= c;
            }
            return preempted;
        }

        /**
         * A preempted job goes back among the waiting: fcfs "to the front of the waiting queue (so several
         * victims keep their order)"; sjf orders the waiting by its rule anyway.
         */
        private void toWaiting(JobState victim) {
            if (cfg.policy().equals("sjf")) {
                waiting.add(victim);
            } else {
                waiting.add(0, victim);
            }
        }

        /** fcfs: the head of the waiting queue; sjf: the fewest output tokens, ties by arrival, then trace order. */
        private JobState waitingHead() {
            if (!cfg.policy().equals("sjf")) {
                return waiting.get(0);
            }
            JobState best = null;
            for (JobState j : waiting) {
                if (best == null || j.n < best.n || (j.n == best.n && (j.arrival.compareTo(best.arrival) < 0
                        || (j.arrival.compareTo(best.arrival) == 0 && j.id < best.id)))) {
                    best = j;
                }
            }
            return best;
        }

        /**
         * Blocks for a waiting job joining the running list with an item of {@code c} tokens: its
         * reservation (reserve), or the blocks for its context plus the item (a swapped job: its swapped
         * blocks too, moved back in). False, with nothing changed, when they are not free.
         */
        private boolean admitBlocks(JobState h, int c) {
            if (reserve) {
                return reserveFor(h);
            }
            long need = blocks(h.context + c) - h.gpu;
            if (need > free()) {
                return false;
            }
            if (h.swapped) {
                swapIn(h);
            }
            take(h, need);
            return true;
        }

        /**
         * fcfs {@code prefill-first}: "if the head of the waiting queue can be admitted (running <
         * max-batch and free blocks for its whole prefill), the batch is prefills only: admit waiting jobs
         * in order while they fit (the head always fits the budget, as the first item; each later one only
         * if its whole prefill fits what is left, a slot is free and its blocks are free). Otherwise the
         * batch is one decode for every running job (Phase 1 rules, preemption included)."
         */
        private List<Work> buildPrefillFirst() {
            List<Work> batch = new ArrayList<>();
            if (!waiting.isEmpty() && running.size() < cfg.maxBatch() && admitBlocks(waiting.get(0), waiting.get(0).work())) {
                int budget = cfg.maxBatchTokens();
                JobState h = waiting.remove(0);
                running.add(h);
                batch.add(item(h, h.work()));
                budget -= h.work();
                while (!waiting.isEmpty() && running.size() < cfg.maxBatch()) {
                    h = waiting.get(0);
                    int c = h.work();
                    if (c > budget || !admitBlocks(h, c)) {
                        break;
                    }
                    waiting.remove(0);
                    running.add(h);
                    batch.add(item(h, c));
                    budget -= c;
                }
                return batch;
            }
            phase1(batch, cfg.maxBatchTokens());
            return batch;
        }

        /**
         * static: "when no batch is running, the waiting jobs in arrival order form one: a job joins while
         * the batch has fewer than max-batch members, the sum of prompts fits max-batch-tokens (the first
         * member always fits) and its final KV {@code ceil((P + n - 1) / block-size)} blocks are free". Its
         * first iteration prefills every member; each later one decodes every member, a finished member
         * being a padding item.
         */
        private List<Work> buildStatic() {
            List<Work> batch = new ArrayList<>();
            if (staticBatch == null) {
                List<JobState> members = new ArrayList<>();
                int tokens = 0;
                for (JobState j : waiting) {
                    if (members.size() >= cfg.maxBatch()) {
                        break;
                    }
                    if (!members.isEmpty() && tokens + j.prompt > cfg.maxBatchTokens()) {
                        break;
                    }
                    long need = blocks(j.prompt + j.n - 1);
                    if (need > free()) {
                        break;
                    }
                    take(j, need);
                    members.add(j);
                    tokens += j.prompt;
                }
                if (members.isEmpty()) {
                    return batch;
                }
                waiting.removeAll(members);
                staticBatch = members;
                for (JobState j : members) {
                    batch.add(item(j, j.pre));
                }
                return batch;
            }
            for (JobState j : staticBatch) {
                batch.add(j.made < j.n ? item(j, 1) : new Work(j, Kind.PAD, 1, j.context, 0));
            }
            return batch;
        }

        /**
         * MLFQ family and SRPT: for each job in {@code order}, "add it if the batch has fewer than max-batch
         * items and its work (its whole remaining prefill, or 1 decode) fits in the remaining token budget
         * or the batch is still empty; keep scanning past a job that does not fit". Victims for KV are taken
         * from the end of {@code order} (MLFQ: last queue first, tail first; SRPT: lowest rank first).
         */
        private List<Work> buildByPriority(List<JobState> order) {
            List<Work> batch = new ArrayList<>();
            Set<JobState> inBatch = new HashSet<>();
            int budget = cfg.maxBatchTokens();
            for (JobState j : order) {
                if (batch.size() >= cfg.maxBatch()) {
                    break;
                }
                int work = j.work();
                if (!batch.isEmpty() && work > budget) {
                    continue;
                }
                if (!acquire(j, work, order, inBatch)) {
                    continue;
                }
                batch.add(item(j, work));
                inBatch.add(j);
                budget -= work;
            }
            return batch;
        }

        /**
         * KV for a picked job of the MLFQ family or SRPT: "a picked job that needs blocks takes them from
         * the free pool; if too few are free, jobs holding KV that are not in this batch are preempted,
         * lowest priority first, until it fits; if it still does not fit the job is skipped (nothing was
         * preempted for it)". A preempted job stays where it is. With reserve the job reserves its blocks
         * when first picked, or is skipped.
         */
        private boolean acquire(JobState j, int c, List<JobState> order, Set<JobState> inBatch) {
            if (reserve) {
                return j.reserved || reserveFor(j);
            }
            long need = blocks(j.context + c) - j.gpu;
            if (need > free()) {
                List<JobState> victims = new ArrayList<>();
                long reachable = free();
                for (int i = order.size() - 1; i >= 0; i--) {
                    JobState v = order.get(i);
                    if (v != j && v.gpu > 0 && !inBatch.contains(v)) {
                        victims.add(v);
                        reachable += v.gpu;
                    }
                }
                if (reachable < need) {
                    return false;
                }
                for (JobState v : victims) {
                    if (need <= free()) {
                        break;
                    }
                    evict(v);
                }
            }
            if (j.swapped) {
                swapIn(j);
            }
            take(j, need);
            return true;
        }

        /**
         * "Starvation promotion first (if on)": every job in Q2..Qk (Q2 first, in queue order) that has
         * waited {@code >= STARVE_LIMIT} since it last ran (or arrived) moves to the tail of Q1 with
         * {@code used = 0} and its waiting clock reset.
         */
        private void promoteStarving() {
            if (starveLimit == null) {
                return;
            }
            for (int x = 1; x < queues.size(); x++) {
                for (JobState j : List.copyOf(queues.get(x))) {
                    if (now.subtract(j.waitingSince).compareTo(starveLimit) >= 0) {
                        queues.get(x).remove(j);
                        queues.get(0).add(j);
                        j.level = 0;
                        j.used = BigDecimal.ZERO;
                        j.waitingSince = now;
                    }
                }
            }
        }

        /**
         * SRPT: "every unfinished admitted job is ranked by its remaining solo service time (the cost of its
         * remaining prefill alone, plus its remaining decodes at the cost of one solo decode; ties by
         * arrival, then trace order)". Exact, computed once at the boundary.
         */
        private List<JobState> srptRanking() {
            List<JobState> ranked = new ArrayList<>(active);
            Map<JobState, Ratio> keys = new HashMap<>();
            for (JobState j : ranked) {
                keys.put(j, remaining(j));
            }
            ranked.sort((a, b) -> {
                int byRemaining = keys.get(a).compareTo(keys.get(b));
                if (byRemaining != 0) {
                    return byRemaining;
                }
                int byArrival = a.arrival.compareTo(b.arrival);
                return byArrival != 0 ? byArrival : Integer.compare(a.id, b.id);
            });
            return ranked;
        }

        private Ratio remaining(JobState j) {
            if (j.inPrefill()) {
                return soloChunk(j, j.pre - j.done).add(soloDecode(j).times(j.n - j.made - 1L));
            }
            return soloDecode(j).times(j.n - j.made);
        }

        // ---------------------------------------------------------------------------------------------
        // KV memory

        private long blocks(long tokens) {
            return (tokens + cfg.blockSize() - 1) / cfg.blockSize();
        }

        private long free() {
            return unlimitedKv ? Long.MAX_VALUE : freeBlocks;
        }

        private void take(JobState j, long blocks) {
            j.gpu += blocks;
            if (!unlimitedKv) {
                freeBlocks -= blocks;
            }
        }

        private void release(JobState j) {
            if (!unlimitedKv) {
                freeBlocks += j.gpu;
            }
            j.gpu = 0;
            j.reserved = false;
        }

        /** reserve: "{@code ceil((P + cap) / block-size)}, cap = max-output if given, else its own output length". */
        private long reservation(JobState j) {
            int cap = cfg.maxOutput() >= 0 ? cfg.maxOutput() : j.n;
            return blocks((long) j.prompt + cap);
        }

        private boolean reserveFor(JobState j) {
            long need = reservation(j);
            if (need > free()) {
                return false;
            }
            take(j, need);
            j.reserved = true;
            return true;
        }

        /**
         * Preempts {@code v}: with swap, its blocks move to the CPU pool if the pool can take them; else
         * (recompute, or a full pool) it frees them, its {@code pre} becomes {@code P + g} and its context 0.
         */
        private void evict(JobState v) {
            v.preemptions++;
            long b = v.gpu;
            if (swap && (unlimitedCpu || b <= cpuFree)) {
                release(v);
                v.cpu = b;
                v.swapped = true;
                if (!unlimitedCpu) {
                    cpuFree -= b;
                }
                swappedOut += b;
                return;
            }
            release(v);
            v.pre = v.prompt + v.made;
            v.done = 0;
            v.context = 0;
        }

        /** Moves a swapped job's blocks back from the CPU pool (its GPU blocks are taken by the caller). */
        private void swapIn(JobState j) {
            swappedIn += j.cpu;
            if (!unlimitedCpu) {
                cpuFree += j.cpu;
            }
            j.cpu = 0;
            j.swapped = false;
        }

        // ---------------------------------------------------------------------------------------------
        // Costs and quanta

        private boolean mlfq() {
            return cfg.policy().equals("mlfq") || cfg.policy().equals("skip-join-mlfq");
        }

        /** The batch's cost, exact. */
        private Ratio price(List<Work> batch) {
            if (cfg.cost() == Cost.PER_JOB) {
                Ratio max = Ratio.of(BigDecimal.ZERO);
                for (Work w : batch) {
                    Ratio t = w.kind() == Kind.CHUNK ? soloChunk(w.job(), w.tokens()) : Ratio.of(w.job().decode);
                    max = max.max(t);
                }
                return max;
            }
            long tokens = 0;
            long context = 0;
            for (Work w : batch) {
                tokens += w.tokens();
                if (w.kind() != Kind.CHUNK) {
                    context += w.contextAfter();
                }
            }
            return Ratio.of(affine(tokens, context));
        }

        private BigDecimal affine(long tokens, long context) {
            BigDecimal t = cfg.c0().add(cfg.perToken().multiply(BigDecimal.valueOf(tokens)))
                    .add(cfg.perContext().multiply(BigDecimal.valueOf(context)));
            return t.max(cfg.floor());
        }

        /** The cost of a batch holding only a chunk of {@code c} tokens of {@code j} (at context 0 for affine). */
        private Ratio soloChunk(JobState j, int c) {
            if (cfg.cost() == Cost.AFFINE) {
                return Ratio.of(affine(c, 0));
            }
            if (c == j.prompt) {
                return Ratio.of(j.prefill);
            }
            return new Ratio(j.prefill.multiply(BigDecimal.valueOf(c)), BigDecimal.valueOf(j.prompt));
        }

        /** The cost of one solo decode: {@code d}, or for affine one decode whose context after it is {@code P + 1}. */
        private Ratio soloDecode(JobState j) {
            if (cfg.cost() == Cost.AFFINE) {
                return Ratio.of(affine(1, j.prompt + 1L));
            }
            return Ratio.of(j.decode);
        }

        /**
         * "The quantum of Qx is {@code Quantum * Quantum_rate^(x-1)}", on the grid; the default Quantum is
         * "the smallest single-job iteration time in the trace (solo prefill, or solo decode for jobs with
         * {@code n > 1})", as durations.
         */
        private BigDecimal[] quanta() {
            BigDecimal base = cfg.quantum();
            if (base == null) {
                for (JobState j : jobs) {
                    BigDecimal t = soloChunk(j, j.prompt).round();
                    if (j.n > 1) {
                        t = t.min(soloDecode(j).round());
                    }
                    base = base == null ? t : base.min(t);
                }
            }
            BigDecimal[] q = new BigDecimal[cfg.queues()];
            for (int x = 0; x < q.length; x++) {
                q[x] = base == null ? BigDecimal.ONE : grid(base.multiply(cfg.quantumRate().pow(x)));
            }
            return q;
        }

        /** Skip-join: the first queue whose quantum is {@code >=} the job's solo prefill duration, else the last. */
        private int skipJoinQueue(JobState j) {
            BigDecimal prefillTime = soloChunk(j, j.prompt).round();
            for (int x = 0; x < quanta.length; x++) {
                if (quanta[x].compareTo(prefillTime) >= 0) {
                    return x;
                }
            }
            return quanta.length - 1;
        }
    }
}
