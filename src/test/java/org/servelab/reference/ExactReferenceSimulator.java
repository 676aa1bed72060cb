package org.servelab.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * An independent simulator of the batch-1 scheduling rules of {@code docs/scheduling.md}, kept as simple
 * as the rules themselves so that it can serve as their executable statement and as the oracle of
 * {@link ReferenceAgreementTest}.
 *
 * <p>It deliberately shares nothing with the production code: it takes plain numbers and names, and it
 * implements every rule at every iteration boundary, one iteration at a time, with no shortcut that runs
 * several iterations per decision (the only runs of several iterations are the ones the token-accounting
 * rule prescribes). All arithmetic is exact: each input {@code double} is taken at its decimal value
 * ({@link BigDecimal#valueOf(double)}, so {@code 0.1} is one tenth) and times are added and compared as
 * decimals. The rules round every time to a millionth of the trace's unit; for inputs with at most six
 * decimals (which {@link Workload} requires) every boundary, used time, waiting time and remaining
 * service is a sum of such inputs and therefore already on that grid. A quantum
 * {@code Quantum · Quantum_rate^(x-1)} with a fractional rate can fall between grid points; the reference
 * keeps it exact, which decides every comparison with an on-grid time the same way as long as the quantum
 * is not within half a millionth of such a time (for inputs with two decimals and the rates 1.5, 2, 3, 4
 * over at most six queues it never is).
 *
 * <p>Levels are 0-based: level 0 is Q1. Jobs are identified by their index in the trace.
 */
public final class ExactReferenceSimulator {

    /** The policy names of the rules table. */
    public static final List<String> POLICIES = List.of("fcfs", "mlfq", "skip-join-mlfq", "srpt");

    private ExactReferenceSimulator() {
    }

    /**
     * The jobs of a trace, by trace index.
     *
     * @param arrival arrival times {@code a_i}
     * @param prefill prefill times {@code p_i}: the first iteration, which makes token 1
     * @param decode  decode times {@code d_i}: every later iteration, each making one more token
     * @param tokens  output tokens {@code n_i >= 1}
     */
    public record Workload(double[] arrival, double[] prefill, double[] decode, int[] tokens) {

        public Workload {
            int n = arrival.length;
            if (n == 0 || prefill.length != n || decode.length != n || tokens.length != n) {
                throw new IllegalArgumentException("need the same positive number of arrivals, prefills, decodes "
                        + "and token counts");
            }
            for (int i = 0; i < n; i++) {
                requireOnGrid(arrival[i], true);
                requireOnGrid(prefill[i], false);
                requireOnGrid(decode[i], false);
                if (tokens[i] < 1) {
                    throw new IllegalArgumentException("job " + i + " must make at least one token");
                }
            }
        }

        public int size() {
            return arrival.length;
        }
    }

    /**
     * The policy and its knobs (the MLFQ knobs are ignored by {@code fcfs} and {@code srpt}).
     *
     * @param policy      one of {@link #POLICIES}
     * @param queues      {@code Queue_num}, at least 1
     * @param quantum     {@code Quantum}, or {@code null} for the default: the smallest iteration time in the
     *                    trace (every prefill, and the decode of every job with more than one token)
     * @param quantumRate {@code Quantum_rate}, at least 1
     * @param accounting  {@code "time"} or {@code "tokens"}
     * @param starveLimit the starvation limit, or {@code null} for no promotion
     */
    public record Settings(String policy, int queues, Double quantum, double quantumRate, String accounting,
                           Double starveLimit) {

        public Settings {
            if (!POLICIES.contains(policy)) {
                throw new IllegalArgumentException("unknown policy " + policy);
            }
            if (queues < 1) {
                throw new IllegalArgumentException("at least one queue");
            }
            if (quantum != null) {
                requireOnGrid(quantum, false);
            }
            if (!(quantumRate >= 1) || Double.isInfinite(quantumRate)) {
                throw new IllegalArgumentException("quantum rate must be a number >= 1");
            }
            if (!accounting.equals("time") && !accounting.equals("tokens")) {
                throw new IllegalArgumentException("accounting is time or tokens");
            }
            if (starveLimit != null) {
                requireOnGrid(starveLimit, false);
            }
        }

        /** The paper's Figure 6 settings for {@code policy}: four queues, quantum 1, rate 2, time accounting. */
        public static Settings figure6(String policy) {
            return new Settings(policy, 4, 1.0, 2, "time", null);
        }

        public Settings withAccounting(String newAccounting) {
            return new Settings(policy, queues, quantum, quantumRate, newAccounting, starveLimit);
        }
    }

    /**
     * One iteration's token.
     *
     * @param job   trace index of the job
     * @param token the token's number, 1 for the prefill's
     * @param level the 0-based queue the iteration ran from (0 for policies without queues)
     * @param end   the time the iteration ended and the token was made
     */
    public record Token(int job, int token, int level, BigDecimal end) {
    }

    /**
     * A run's schedule.
     *
     * @param tokens every token, in the order they were made
     * @param finish each job's finish time, by trace index
     */
    public record Result(List<Token> tokens, List<BigDecimal> finish) {

        /** Job completion time of job {@code job}: finish minus arrival. */
        public BigDecimal jct(Workload workload, int job) {
            return finish.get(job).subtract(BigDecimal.valueOf(workload.arrival()[job]));
        }
    }

    /** Simulates {@code workload} under {@code settings}. */
    public static Result simulate(Workload workload, Settings settings) {
        return new Run(workload, settings).run();
    }

    private static void requireOnGrid(double t, boolean zeroAllowed) {
        if (!Double.isFinite(t) || t < 0 || (t == 0 && !zeroAllowed)) {
            throw new IllegalArgumentException("not a valid time: " + t);
        }
        if (BigDecimal.valueOf(t).stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException(t + " has more than six decimals");
        }
    }

    /** The state of one simulation. */
    private static final class Run {

        private final int size;
        private final BigDecimal[] arrival;
        private final BigDecimal[] prefill;
        private final BigDecimal[] decode;
        private final int[] outputTokens;
        private final String policy;
        private final boolean queued;
        private final boolean tokenAccounting;
        private final BigDecimal quantumRate;
        private final BigDecimal starveLimit;

        /** Quantum of each queue, index 0 for Q1. */
        private final BigDecimal[] quanta;
        /** Trace indices sorted by arrival, ties in trace order: the order of admission. */
        private final List<Integer> admissionOrder;

        private BigDecimal now = BigDecimal.ZERO;
        private int admitted;
        private int finishedJobs;
        private final int[] tokensDone;
        private final BigDecimal[] finish;
        private final List<Token> tokens = new ArrayList<>();

        /** FCFS and SRPT: the admitted, unfinished jobs in admission order. */
        private final List<Integer> ready = new ArrayList<>();
        /** MLFQ family: the queues, index 0 for Q1. */
        private final List<Deque<Integer>> queues = new ArrayList<>();
        private final int[] level;
        private final BigDecimal[] used;
        /** Since when a job has been waiting: its arrival, the end of its last iteration, or its promotion. */
        private final BigDecimal[] waitingSince;

        /** The job being run, its level and how many more iterations the current dispatch may run. */
        private int runningJob = -1;
        private int runningLevel;
        private int iterationsLeft;

        Run(Workload w, Settings s) {
            size = w.size();
            arrival = decimals(w.arrival());
            prefill = decimals(w.prefill());
            decode = decimals(w.decode());
            outputTokens = w.tokens().clone();
            policy = s.policy();
            queued = policy.equals("mlfq") || policy.equals("skip-join-mlfq");
            tokenAccounting = s.accounting().equals("tokens");
            quantumRate = BigDecimal.valueOf(s.quantumRate());
            starveLimit = s.starveLimit() == null ? null : BigDecimal.valueOf(s.starveLimit());
            quanta = quanta(s);
            admissionOrder = admissionOrder();
            tokensDone = new int[size];
            finish = new BigDecimal[size];
            level = new int[size];
            used = new BigDecimal[size];
            waitingSince = new BigDecimal[size];
            for (int x = 0; x < s.queues(); x++) {
                queues.add(new ArrayDeque<>());
            }
        }

        private static BigDecimal[] decimals(double[] values) {
            BigDecimal[] out = new BigDecimal[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = BigDecimal.valueOf(values[i]);
            }
            return out;
        }

        /** "The quantum of Qx is {@code Quantum · Quantum_rate^(x-1)}." */
        private BigDecimal[] quanta(Settings s) {
            BigDecimal base = s.quantum() == null ? smallestIterationTime() : BigDecimal.valueOf(s.quantum());
            BigDecimal[] q = new BigDecimal[s.queues()];
            for (int x = 0; x < q.length; x++) {
                q[x] = base.multiply(quantumRate.pow(x));
            }
            return q;
        }

        /**
         * "The default {@code Quantum} is the smallest iteration time in the trace": the smallest prefill,
         * or decode of a job that has a decode iteration (more than one token).
         */
        private BigDecimal smallestIterationTime() {
            BigDecimal min = null;
            for (int i = 0; i < size; i++) {
                min = min == null ? prefill[i] : min.min(prefill[i]);
                if (outputTokens[i] > 1) {
                    min = min.min(decode[i]);
                }
            }
            return min;
        }

        /** "Admitted in arrival order, ties in trace order" (a stable sort by arrival). */
        private List<Integer> admissionOrder() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing((Integer i) -> arrival[i]));
            return order;
        }

        /**
         * The main loop: one pass per iteration. At a boundary where no dispatch is under way, the steps
         * of the rules run in their order (the finished iteration was already booked by {@link #iterate});
         * token accounting's multi-iteration dispatch skips them until it ends.
         */
        Result run() {
            while (finishedJobs < size) {
                if (iterationsLeft == 0) {
                    admitArrivals();
                    promoteStarvingJobs();
                    if (!dispatch()) {
                        jumpToNextArrival();
                        continue;
                    }
                }
                iterate();
            }
            return new Result(List.copyOf(tokens), List.of(finish));
        }

        // ---------------------------------------------------------------------------------------------
        // Admission and entry

        /** "Every job with {@code a_i <= now} not yet admitted is admitted, in arrival order." */
        private void admitArrivals() {
            while (admitted < size && arrival[admissionOrder.get(admitted)].compareTo(now) <= 0) {
                enter(admissionOrder.get(admitted));
                admitted++;
            }
        }

        /** A new job joins the ready list (FCFS, SRPT) or the tail of its entry queue (MLFQ family). */
        private void enter(int job) {
            if (!queued) {
                ready.add(job);
                return;
            }
            int x = policy.equals("skip-join-mlfq") ? skipJoinQueue(job) : 0;
            level[job] = x;
            used[job] = BigDecimal.ZERO;
            waitingSince[job] = arrival[job];
            queues.get(x).addLast(job);
        }

        /**
         * Skip-join: "a new job joins the first queue whose quantum is {@code >=} its prefill time (the last
         * queue if none is)". Plain MLFQ: every new job joins Q1.
         */
        private int skipJoinQueue(int job) {
            for (int x = 0; x < quanta.length; x++) {
                if (quanta[x].compareTo(prefill[job]) >= 0) {
                    return x;
                }
            }
            return quanta.length - 1;
        }

        /** "When nothing is ready, time jumps to the next arrival." */
        private void jumpToNextArrival() {
            if (admitted == size) {
                throw new IllegalStateException("nothing ready and nothing left to arrive at " + now);
            }
            now = arrival[admissionOrder.get(admitted)];
        }

        // ---------------------------------------------------------------------------------------------
        // Starvation promotion

        /**
         * "Before each decision every job in Q2..Qk (Q2 first, in queue order) that has waited {@code >= S}
         * since it last ran (or arrived) moves to the tail of Q1 with {@code used = 0}" and its waiting clock
         * reset.
         */
        private void promoteStarvingJobs() {
            if (!queued || starveLimit == null) {
                return;
            }
            for (int x = 1; x < queues.size(); x++) {
                for (int job : List.copyOf(queues.get(x))) {
                    if (now.subtract(waitingSince[job]).compareTo(starveLimit) >= 0) {
                        queues.get(x).remove(Integer.valueOf(job));
                        queues.get(0).addLast(job);
                        level[job] = 0;
                        used[job] = BigDecimal.ZERO;
                        waitingSince[job] = now;
                    }
                }
            }
        }

        // ---------------------------------------------------------------------------------------------
        // Decisions

        /**
         * "The policy decides": picks the job to run and how many iterations the dispatch may run (one,
         * except under token accounting); false when nothing is ready.
         */
        private boolean dispatch() {
            int x = queued ? highestNonEmptyQueue() : 0;
            int job;
            if (policy.equals("fcfs")) {
                job = firstAdmitted();
            } else if (policy.equals("srpt")) {
                job = shortestRemaining();
            } else {
                job = x < 0 ? -1 : queues.get(x).getFirst();
            }
            if (job < 0) {
                return false;
            }
            runningJob = job;
            runningLevel = x;
            iterationsLeft = queued && tokenAccounting ? tokenBudget(x) : 1;
            return true;
        }

        /**
         * FCFS: "run to completion in arrival order". The earliest admitted unfinished job is the one
         * that started running, so choosing it at every boundary runs it to completion; -1 if none.
         */
        private int firstAdmitted() {
            return ready.isEmpty() ? -1 : ready.get(0);
        }

        /**
         * SRPT: "the job with the least remaining service time; ties by arrival, then trace order"; -1 if
         * none is ready.
         */
        private int shortestRemaining() {
            int best = -1;
            for (int job : ready) {
                if (best < 0 || before(job, best)) {
                    best = job;
                }
            }
            return best;
        }

        private boolean before(int job, int other) {
            int byRemaining = remainingService(job).compareTo(remainingService(other));
            if (byRemaining != 0) {
                return byRemaining < 0;
            }
            int byArrival = arrival[job].compareTo(arrival[other]);
            return byArrival != 0 ? byArrival < 0 : job < other;
        }

        /** Remaining prefill (if it has not run) plus the remaining decodes. */
        private BigDecimal remainingService(int job) {
            int left = outputTokens[job] - tokensDone[job];
            if (tokensDone[job] == 0) {
                return prefill[job].add(decode[job].multiply(BigDecimal.valueOf(left - 1L)));
            }
            return decode[job].multiply(BigDecimal.valueOf(left));
        }

        /** "The job run is the head of the highest non-empty queue": that queue's index, or -1. */
        private int highestNonEmptyQueue() {
            for (int x = 0; x < queues.size(); x++) {
                if (!queues.get(x).isEmpty()) {
                    return x;
                }
            }
            return -1;
        }

        /**
         * Token accounting: "a dispatch from Qx runs up to {@code Quantum_rate^(x-1)} iterations (a
         * non-integer power is rounded down, at least 1)".
         */
        private int tokenBudget(int x) {
            BigDecimal power = quantumRate.pow(x);
            return Math.max(1, power.setScale(0, RoundingMode.FLOOR).intValueExact());
        }

        // ---------------------------------------------------------------------------------------------
        // Running and booking an iteration

        /**
         * Runs one iteration of the running job ("the prefill takes {@code p_i} and makes token 1; each later
         * iteration takes {@code d_i}"), never cut short, and books it.
         */
        private void iterate() {
            int job = runningJob;
            BigDecimal duration = tokensDone[job] == 0 ? prefill[job] : decode[job];
            now = now.add(duration);
            tokensDone[job]++;
            tokens.add(new Token(job, tokensDone[job], runningLevel, now));
            iterationsLeft--;
            if (queued) {
                waitingSince[job] = now;
            }
            if (tokensDone[job] == outputTokens[job]) {
                leave(job);
            } else if (queued) {
                book(job, duration);
            }
        }

        /** A finished job leaves: its finish time is the end of its last iteration. */
        private void leave(int job) {
            finish[job] = now;
            finishedJobs++;
            iterationsLeft = 0;
            if (queued) {
                queues.get(level[job]).remove(Integer.valueOf(job));
            } else {
                ready.remove(Integer.valueOf(job));
            }
        }

        /** Books an unfinished job's iteration under the accounting in force. */
        private void book(int job, BigDecimal duration) {
            if (tokenAccounting) {
                bookTokens(job);
            } else {
                bookTime(job, duration);
            }
        }

        /**
         * Time accounting: "{@code used} grows by the iteration's duration. Once {@code used >= quantum} it
         * is demoted one level (from Qk to the tail of Qk) and {@code used} resets; otherwise it stays at the
         * head."
         */
        private void bookTime(int job, BigDecimal duration) {
            used[job] = used[job].add(duration);
            if (used[job].compareTo(quanta[level[job]]) >= 0) {
                demote(job);
            }
        }

        /** Token accounting: once the dispatch has run its iterations, "the job is demoted one level". */
        private void bookTokens(int job) {
            if (iterationsLeft == 0) {
                demote(job);
            }
        }

        /** To the tail of the next lower queue (Qk: the tail of Qk), with {@code used = 0}. */
        private void demote(int job) {
            queues.get(level[job]).remove(Integer.valueOf(job));
            level[job] = Math.min(level[job] + 1, queues.size() - 1);
            used[job] = BigDecimal.ZERO;
            queues.get(level[job]).addLast(job);
        }
    }
}
