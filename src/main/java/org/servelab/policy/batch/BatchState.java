package org.servelab.policy.batch;

import java.util.Arrays;

/**
 * The jobs of one batching run and their paged KV memory, shared by the engine (which books work and
 * finishes jobs) and the policy (which reads progress, allocates blocks and preempts while it builds a
 * batch). Jobs are trace indices. Token counts follow docs/batching.md: a job's prefill covers
 * {@link #prefillTarget} tokens, the iteration completing it makes the next token, each decode one more.
 */
public final class BatchState {

    static final byte PENDING = 0;
    static final byte ACTIVE = 1;
    static final byte FINISHED = 2;
    static final byte DROPPED = 3;

    private final BatchOptions options;
    private final double[] arrival;
    private final int[] prompt;
    private final int[] output;
    private final double[] soloPrefill;
    private final double[] soloDecode;

    private final int[] tokens;
    private final int[] pre;
    private final int[] done;
    private final int[] context;
    private final int[] blocks;
    private final int[] swapped;
    private final int[] preemptions;
    private final byte[] status;
    private final long[] pickedAt;
    private final double[] firstWork;

    private final long capacity;
    private final long swapCapacity;
    private long used;
    private long swapUsed;
    private long movedThisIteration;
    private long movedTotal;
    private long preemptionsTotal;
    private long iteration;
    private MemoryObserver observer = MemoryObserver.NONE;
    private PredictedLengths predicted;

    /**
     * @param arrival     arrival times, trace order
     * @param prompt      prompts for batching ({@code max(1, promptTokens)})
     * @param output      output tokens after the cap
     * @param soloPrefill cost of a batch holding only the job's whole first prefill
     * @param soloDecode  cost of a batch holding only one decode of the job
     */
    public BatchState(BatchOptions options, double[] arrival, int[] prompt, int[] output, double[] soloPrefill,
                      double[] soloDecode) {
        this.options = options;
        int bs = options.blockSize();
        this.blockShift = Integer.bitCount(bs) == 1 ? Integer.numberOfTrailingZeros(bs) : -1;
        this.arrival = arrival;
        this.prompt = prompt;
        this.output = output;
        this.soloPrefill = soloPrefill;
        this.soloDecode = soloDecode;
        int n = arrival.length;
        this.tokens = new int[n];
        this.pre = prompt.clone();
        this.done = new int[n];
        this.context = new int[n];
        this.blocks = new int[n];
        this.swapped = new int[n];
        this.preemptions = new int[n];
        this.status = new byte[n];
        this.pickedAt = new long[n];
        Arrays.fill(pickedAt, -1);
        this.firstWork = new double[n];
        Arrays.fill(firstWork, Double.NaN);
        this.capacity = options.kvBlocks();
        this.swapCapacity = options.swapBlocks();
    }

    public void observer(MemoryObserver o) {
        this.observer = o;
    }

    public BatchOptions options() {
        return options;
    }

    public int size() {
        return arrival.length;
    }

    public double arrival(int job) {
        return arrival[job];
    }

    public int prompt(int job) {
        return prompt[job];
    }

    public int outputTokens(int job) {
        return output[job];
    }

    public int tokensDone(int job) {
        return tokens[job] + cohortAhead(job);
    }

    public int prefillTarget(int job) {
        return pre[job];
    }

    public boolean inPrefill(int job) {
        return done[job] < pre[job];
    }

    /** Tokens of the job's next whole work item: its remaining prefill, or 1 decode. */
    public int nextWork(int job) {
        return inPrefill(job) ? pre[job] - done[job] : 1;
    }

    public int context(int job) {
        return context[job] + cohortAhead(job);
    }

    public int blocks(int job) {
        return cohortAhead(job) == 0 ? blocks[job] : heldBy(job);
    }

    public int swappedBlocks(int job) {
        return swapped[job];
    }

    public boolean isSwapped(int job) {
        return swapped[job] > 0;
    }

    public int preemptions(int job) {
        return preemptions[job];
    }

    public double soloPrefill(int job) {
        return soloPrefill[job];
    }

    public double soloDecode(int job) {
        return soloDecode[job];
    }

    /** Remaining service alone: the rest of the prefill (pro rata) plus the remaining decodes. */
    public double remainingSoloService(int job) {
        double prefill = 0;
        if (inPrefill(job)) {
            int c = pre[job] - done[job];
            prefill = c == prompt[job] ? soloPrefill[job] : soloPrefill[job] * c / prompt[job];
        }
        int decodes = output[job] - tokens[job] - (inPrefill(job) ? 1 : 0);
        return org.servelab.workload.TimeGrid.snap(prefill + decodes * soloDecode[job]);
    }

    /** Makes {@link #rankLength} and {@link #rankedRemainingService} use these predictions ({@code null}: none). */
    public void rankBy(PredictedLengths lengths) {
        if (lengths != null && lengths.size() != size()) {
            throw new IllegalArgumentException("need " + size() + " predicted lengths, got " + lengths.size());
        }
        this.predicted = lengths;
    }

    /** The predictions the run ranks by, or {@code null} when it ranks by the true lengths. */
    public PredictedLengths predictions() {
        return predicted;
    }

    /** The output length policies rank the job by: its predicted length if the run has predictions, else the true one. */
    public int rankLength(int job) {
        return predicted == null ? output[job] : predicted.length(job);
    }

    /**
     * {@link #remainingSoloService} with the predicted length in place of the true one; a job that has
     * outlived its prediction has no decodes left to rank by.
     */
    public double rankedRemainingService(int job) {
        if (predicted == null) {
            return remainingSoloService(job);
        }
        double prefill = 0;
        if (inPrefill(job)) {
            int c = pre[job] - done[job];
            prefill = c == prompt[job] ? soloPrefill[job] : soloPrefill[job] * c / prompt[job];
        }
        int decodes = Math.max(0, predicted.length(job) - tokens[job] - (inPrefill(job) ? 1 : 0));
        return org.servelab.workload.TimeGrid.snap(prefill + decodes * soloDecode[job]);
    }

    public boolean isFinished(int job) {
        return status[job] == FINISHED;
    }

    public boolean isActive(int job) {
        return status[job] == ACTIVE;
    }

    /** Whether the job made its last token (static batches keep such members until the batch ends). */
    public boolean madeAllTokens(int job) {
        return tokensDone(job) == output[job];
    }

    // ---- memory ----------------------------------------------------------------------------

    public boolean unlimited() {
        return capacity < 0;
    }

    public long capacity() {
        return capacity;
    }

    public long used() {
        return used;
    }

    public long free() {
        return capacity < 0 ? Long.MAX_VALUE : capacity - used;
    }

    public long swapUsed() {
        return swapUsed;
    }

    private int blocksFor(long tokensHeld) {
        if (blockShift >= 0 && tokensHeld >= 0) {
            return (int) ((tokensHeld + options.blockSize() - 1) >>> blockShift); // the same, without a division
        }
        return (int) ((tokensHeld + options.blockSize() - 1) / options.blockSize());
    }

    /** log2 of the block size when it is a power of two, else -1. */
    private int blockShift = -1;

    /** Blocks the job must add to run a work item of {@code c} tokens (0 under reserve). */
    public int blocksNeeded(int job, int c) {
        if (options.preemption() == Preemption.RESERVE) {
            return 0;
        }
        return Math.max(0, blocksFor((long) context[job] + span(job, c)) - blocks[job]);
    }

    /** Tokens of KV a work item may add: {@code c}, or for a speculative decode up to g + 1 (never past the job's end). */
    private int span(int job, int c) {
        return decodeSpan == 1 || inPrefill(job) ? c : Math.min(decodeSpan, output[job] - tokens[job]);
    }

    private int decodeSpan = 1;

    /** With speculative decoding a decode may add up to {@code tokens} tokens of KV; 1 otherwise. */
    public void decodeSpan(int tokens) {
        this.decodeSpan = tokens;
    }

    /** Allocates the blocks for a work item of {@code c} tokens if they are free. */
    public boolean tryAllocate(int job, int c) {
        int need = blocksNeeded(job, c);
        if (need > free()) {
            return false;
        }
        blocks[job] += need;
        used += need;
        return true;
    }

    /** Blocks a swapped job needs free to come back and run {@code c} tokens. */
    public int swapInNeed(int job, int c) {
        return blocksFor((long) context[job] + span(job, c));
    }

    /** Brings a swapped job back (its blocks and those of a work item of {@code c} tokens) if they are free. */
    public boolean trySwapIn(int job, int c) {
        int need = swapInNeed(job, c);
        if (need > free()) {
            return false;
        }
        int b = swapped[job];
        swapped[job] = 0;
        swapUsed -= b;
        blocks[job] = need;
        used += need;
        movedThisIteration += b;
        movedTotal += b;
        observer.swappedIn(job, b);
        return true;
    }

    /** Blocks reserved at admission under {@link Preemption#RESERVE}. */
    public int reservation(int job) {
        int cap = options.maxOutput() > 0 ? options.maxOutput() : output[job];
        return blocksFor((long) prompt[job] + cap);
    }

    /** Takes {@code count} blocks at once (a reservation, a static batch member's final context) if free. */
    public boolean tryHold(int job, int count) {
        if (count > free()) {
            return false;
        }
        blocks[job] += count;
        used += count;
        return true;
    }

    /**
     * Preempts a job by the run's mode: swap its blocks to the CPU pool when there is room, else free them
     * and make it prefill its prompt and every token it made again.
     */
    public void preempt(int job) {
        int b = blocks[job];
        preemptions[job]++;
        preemptionsTotal++;
        used -= b;
        blocks[job] = 0;
        if (options.preemption() == Preemption.SWAP && b > 0 && (swapCapacity < 0 || swapCapacity - swapUsed >= b)) {
            swapped[job] = b;
            swapUsed += b;
            movedThisIteration += b;
            movedTotal += b;
            observer.preempted(job, true, b);
            return;
        }
        pre[job] = prompt[job] + tokens[job];
        done[job] = 0;
        context[job] = 0;
        observer.preempted(job, false, b);
    }

    /** Frees every block the job holds, on the GPU and in the CPU pool. */
    private void release(int job) {
        used -= blocks[job];
        blocks[job] = 0;
        swapUsed -= swapped[job];
        swapped[job] = 0;
    }

    // ---- picked-in-this-batch marks ----------------------------------------------------------

    private double batchStart;

    /** Starts a new batch at {@code now}: no job is marked picked. */
    public void newBatch(double now) {
        iteration++;
        cohortJoinedCount = 0;
        cohortLeftCount = 0;
        movedThisIteration = 0;
        batchStart = now;
    }

    /** Marks the job part of the batch being built; the first time, its first work starts now. */
    public void markPicked(int job) {
        pickedAt[job] = iteration;
        if (firstWork[job] != firstWork[job]) {
            firstWork[job] = batchStart;
        }
    }

    /** When the job's first work item started, NaN if it never ran. */
    public double firstWork(int job) {
        return firstWork[job];
    }

    public boolean picked(int job) {
        return pickedAt[job] == iteration;
    }

    /** Blocks moved between GPU and CPU while the current batch was built. */
    public long movedThisIteration() {
        return movedThisIteration;
    }

    public long movedTotal() {
        return movedTotal;
    }

    public long preemptionsTotal() {
        return preemptionsTotal;
    }


    // ---- the decode cohort ----------------------------------------------------------------------

    /*
     * Running jobs past their prefill that make one decode in every iteration, booked in bulk: a member's
     * tokens and context are those it had when it joined plus the iterations the cohort made since, its blocks
     * those its context fills. The cohort's size, contexts and block crossings are kept as totals, so an
     * iteration costs it nothing per member; a member is visited when it joins and when it leaves.
     */

    /** Iterations a cohort may count before it stops taking members (a heap key holds a last iteration below 2^32). */
    private static final long COHORT_LIMIT = 1L << 30;
    private int[] cohortFrom;
    private long cohortIterations;
    private boolean cohortAllocated;
    private int cohortSize;
    private long cohortContexts;
    private int[] cohortCrossings;
    /** Members keyed by the cohort iteration that makes their final token (bits 31-62), then the job (bits 0-30). */
    private long[] cohortHeap = new long[16];
    private int cohortHeapSize;
    private int[] cohortJoined = new int[16];
    private int cohortJoinedCount;
    private int[] cohortLeft = new int[16];
    private int cohortLeftCount;

    /** Lets a cohort hold members (the engine allows it when nothing needs each member's every iteration). */
    public void allowCohort() {
        if (cohortFrom == null) {
            cohortFrom = new int[arrival.length];
            Arrays.fill(cohortFrom, -1);
            cohortCrossings = new int[options.blockSize()];
        }
    }

    /** Whether a cohort may hold members (the engine allowed it). */
    public boolean cohortAllowed() {
        return cohortFrom != null;
    }

    /** Whether a job may join the cohort now (allowed, and its count of iterations still far from its limit). */
    public boolean cohortOpen() {
        return cohortAllowed() && cohortIterations < COHORT_LIMIT;
    }

    /** Iterations the cohort made since the member joined (0 for a job not in it). */
    private int cohortAhead(int job) {
        return cohortFrom == null || cohortFrom[job] < 0 ? 0 : (int) (cohortIterations - cohortFrom[job]);
    }

    /**
     * The blocks a member holds: those its context fills, and once the cohort's next iteration is allocated,
     * those the context it is about to reach fills (it allocates a block whenever its context fills one).
     */
    private int heldBy(int job) {
        if (options.preemption() == Preemption.RESERVE) {
            return blocks[job];
        }
        return blocksFor((long) context(job) + (cohortAllocated ? 1 : 0));
    }

    public boolean inCohort(int job) {
        return cohortFrom != null && cohortFrom[job] >= 0;
    }

    public int cohortSize() {
        return cohortSize;
    }

    /** The members' contexts, added. */
    public long cohortContexts() {
        return cohortContexts;
    }

    /** Members that joined while the current batch was built. */
    public int cohortJoined() {
        return cohortJoinedCount;
    }

    public int cohortJoined(int i) {
        return cohortJoined[i];
    }

    /** Iterations the cohort can make before a member makes its final token ({@code Integer.MAX_VALUE} when empty). */
    public int cohortIterationsLeft() {
        return cohortHeapSize == 0 ? Integer.MAX_VALUE : (int) ((cohortHeap[0] >>> 31) - cohortIterations);
    }

    /**
     * A running job past its prefill joins the cohort; its blocks, held tightly around its context, are from
     * now on counted by the cohort ({@link #cohortAllocate} allocates the next one when its context fills a block).
     */
    public void joinCohort(int job) {
        if (!cohortOpen() || inPrefill(job) || cohortFrom[job] >= 0 || cohortAllocated) {
            throw new IllegalStateException("job " + job + " cannot join the decode cohort");
        }
        cohortFrom[job] = (int) cohortIterations;
        cohortSize++;
        cohortContexts += context[job];
        if (options.preemption() != Preemption.RESERVE) {
            cohortCrossings[crossingSlot(cohortIterations - context[job])]++;
        }
        long last = cohortIterations + output[job] - tokens[job];
        push((last << 31) | job);
        if (cohortJoinedCount == cohortJoined.length) {
            cohortJoined = Arrays.copyOf(cohortJoined, cohortJoinedCount * 2);
        }
        cohortJoined[cohortJoinedCount++] = job;
    }

    private int crossingSlot(long x) {
        return (int) Math.floorMod(x, (long) options.blockSize());
    }

    /** Blocks the cohort's next iteration adds: one for each member whose context fills its last block. */
    public int cohortNeed() {
        return cohortSize == 0 || options.preemption() == Preemption.RESERVE ? 0
                : cohortCrossings[crossingSlot(cohortIterations)];
    }

    /**
     * Ends the cohort: every member is booked with its tokens, context and blocks and becomes a running job
     * like any other (when memory is too short for the cohort's next iteration, the policy allocates member by
     * member and preempts). The members are listed by {@link #cohortLeft}.
     */
    public void dissolveCohort() {
        if (cohortAllocated) {
            throw new IllegalStateException("the cohort's iteration is allocated");
        }
        cohortLeftCount = 0;
        while (cohortHeapSize > 0) {
            int job = cohortFinisher();
            if (cohortLeftCount == cohortLeft.length) {
                cohortLeft = Arrays.copyOf(cohortLeft, cohortLeftCount * 2);
            }
            cohortLeft[cohortLeftCount++] = job;
        }
    }

    /** Members the cohort let go while the current batch was built (each made a token at the batch's start). */
    public int cohortLeft() {
        return cohortLeftCount;
    }

    public int cohortLeft(int i) {
        return cohortLeft[i];
    }

    /** Allocates the blocks the cohort's next iteration adds, {@link #cohortNeed}, which the policy has found free. */
    public void cohortAllocate() {
        used += cohortNeed();
        cohortAllocated = cohortSize > 0;
    }

    /** Blocks the cohort adds at the iteration {@code k} after the one allocated by {@link #cohortAllocate}. */
    public long cohortBlocksAt(long k) {
        if (cohortSize == 0 || options.preemption() == Preemption.RESERVE) {
            return 0;
        }
        return cohortCrossings[crossingSlot(cohortIterations + k)];
    }

    /**
     * Blocks the cohort adds over {@code k} iterations after the one allocated by {@link #cohortAllocate}: the
     * allocations of iterations 2 to {@code k + 1}.
     */
    public long cohortBlocksOver(long k) {
        if (cohortSize == 0 || k <= 0 || options.preemption() == Preemption.RESERVE) {
            return 0;
        }
        int bs = options.blockSize();
        long added = k / bs * cohortSize;
        for (long i = 1; i <= k % bs; i++) {
            added += cohortCrossings[crossingSlot(cohortIterations + i)];
        }
        return added;
    }

    /** Books {@code k} iterations of the cohort: the first allocated by {@link #cohortAllocate}, the rest here. */
    public void cohortAdvance(int k) {
        used += cohortBlocksOver(k - 1);
        cohortIterations += k;
        cohortContexts += (long) k * cohortSize;
        cohortAllocated = false;
    }

    /** Whether a member has made its final token: {@link #cohortFinisher} takes it out. */
    public boolean cohortHasFinisher() {
        return cohortHeapSize > 0 && (cohortHeap[0] >>> 31) <= cohortIterations;
    }

    /**
     * Takes out the member at the top of the heap (the next to make its final token), its tokens, context and
     * blocks booked, and returns it.
     */
    public int cohortFinisher() {
        int job = (int) (cohortHeap[0] & Integer.MAX_VALUE);
        pop();
        int ahead = cohortAhead(job);
        cohortSize--;
        cohortContexts -= context[job] + ahead;
        if (options.preemption() != Preemption.RESERVE) {
            cohortCrossings[crossingSlot(cohortFrom[job] - (long) context[job])]--;
            blocks[job] = blocksFor((long) context[job] + ahead);
        }
        tokens[job] += ahead;
        context[job] += ahead;
        cohortFrom[job] = -1;
        if (cohortSize == 0) {
            // an empty cohort counts afresh, so that its keys never reach their limit while members come and go
            cohortIterations = 0;
        }
        return job;
    }

    private void push(long key) {
        if (cohortHeapSize == cohortHeap.length) {
            cohortHeap = Arrays.copyOf(cohortHeap, cohortHeapSize * 2);
        }
        int i = cohortHeapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (cohortHeap[parent] <= key) {
                break;
            }
            cohortHeap[i] = cohortHeap[parent];
            i = parent;
        }
        cohortHeap[i] = key;
    }

    private void pop() {
        long key = cohortHeap[--cohortHeapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= cohortHeapSize) {
                break;
            }
            if (child + 1 < cohortHeapSize && cohortHeap[child + 1] < cohortHeap[child]) {
                child++;
            }
            if (cohortHeap[child] >= key) {
                break;
            }
            cohortHeap[i] = cohortHeap[child];
            i = child;
        }
        if (cohortHeapSize > 0) {
            cohortHeap[i] = key;
        }
    }

    // ---- the engine's bookkeeping -----------------------------------------------------------

    /** The job has been admitted. */
    public void activate(int job) {
        status[job] = ACTIVE;
    }

    /**
     * Books a work item that ran: a chunk of {@code c} tokens, or a decode that made {@code c} tokens (1, or
     * up to g + 1 with speculative decoding). Returns whether it made a token.
     */
    public boolean book(int job, int c, boolean decode) {
        if (decode) {
            context[job] += c;
            tokens[job] += c;
            return true;
        }
        done[job] += c;
        context[job] += c;
        if (done[job] == pre[job]) {
            tokens[job]++;
            return true;
        }
        return false;
    }

    /**
     * Books {@code k} decodes of a job run back to back, allocating the blocks they grow into (the caller
     * has checked that they are free).
     */
    public void bookDecodes(int job, int k) {
        context[job] += k;
        tokens[job] += k;
        if (options.preemption() != Preemption.RESERVE) {
            int need = blocksFor(context[job]) - blocks[job];
            if (need > 0) {
                blocks[job] += need;
                used += need;
            }
        }
    }

    /** The job has finished: it frees its memory. */
    public void finish(int job) {
        status[job] = FINISHED;
        release(job);
    }

    /** The job is dropped (timeout, full waiting queue): it frees its memory. */
    public void drop(int job) {
        status[job] = DROPPED;
        release(job);
    }

    public boolean isDropped(int job) {
        return status[job] == DROPPED;
    }
}
