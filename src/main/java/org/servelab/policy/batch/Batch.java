package org.servelab.policy.batch;

import java.util.Arrays;

import org.servelab.cost.BatchShape;

/**
 * The work items of one iteration, as a policy builds them: each a job with a prefill chunk, a decode, or
 * (static batching) a padding item. Reused from iteration to iteration; it is also the shape the cost
 * model prices. Adding an item marks the job picked in the {@link BatchState}.
 */
public final class Batch implements BatchShape {

    private final BatchState state;
    private final double[] prefillTime;
    private final double[] decodeTime;
    private int size;
    private long tokenTotal;
    private long decodeContexts;
    private long chunkContexts;
    private long chunkPairs;
    private int chunks;
    private int paddings;
    private int cohort;
    private int[] job = new int[16];
    private int[] tokens = new int[16];
    private int[] level = new int[16];
    private int[] contextBefore = new int[16];
    private byte[] kind = new byte[16];

    /** A prefill chunk. */
    public static final byte CHUNK = 0;
    /** One decode step. */
    public static final byte DECODE = 1;
    /** A finished member of a static batch, still computed. */
    public static final byte PADDING = 2;

    /**
     * @param prefillTime each job's whole-prefill time (per-job pricing)
     * @param decodeTime  each job's decode time (per-job pricing)
     */
    public Batch(BatchState state, double[] prefillTime, double[] decodeTime) {
        this.state = state;
        this.prefillTime = prefillTime;
        this.decodeTime = decodeTime;
    }

    /** Empties the batch for the iteration starting at {@code now}. */
    public void clear(double now) {
        size = 0;
        tokenTotal = 0;
        decodeContexts = 0;
        chunkContexts = 0;
        chunkPairs = 0;
        chunks = 0;
        paddings = 0;
        cohort = 0;
        state.newBatch(now);
    }

    /** Adds the job's next work item: a chunk of {@code c} tokens while it is in prefill, else a decode. */
    public void add(int j, int c, int lvl) {
        if (state.inPrefill(j)) {
            add(j, c, CHUNK, lvl);
        } else {
            add(j, 1, DECODE, lvl);
        }
    }

    /**
     * Adds the decode cohort (see {@link BatchState#joinCohort}): one decode for each of its members, after the
     * blocks they grow into are allocated. The cohort counts in the batch's size and totals but not as items:
     * {@link #items} and the indexed accessors cover the other work only, so only a cost model that prices by
     * totals ({@link org.servelab.cost.BatchCostModel#pricesByTotals}) may be given a batch with a cohort.
     */
    public void addCohort() {
        state.cohortAllocate();
        cohort = state.cohortSize();
        tokenTotal += cohort;
        decodeContexts += state.cohortContexts() + cohort;
    }

    /** Members of the decode cohort in this batch (each makes one decode). */
    public int cohort() {
        return cohort;
    }

    /** Adds a padding item (a finished member of a static batch). */
    public void addPadding(int j, int lvl) {
        add(j, 1, PADDING, lvl);
    }

    private void add(int j, int c, byte k, int lvl) {
        if (size == job.length) {
            int cap = size * 2;
            job = Arrays.copyOf(job, cap);
            tokens = Arrays.copyOf(tokens, cap);
            level = Arrays.copyOf(level, cap);
            contextBefore = Arrays.copyOf(contextBefore, cap);
            kind = Arrays.copyOf(kind, cap);
        }
        int ctx = state.context(j);
        job[size] = j;
        tokens[size] = c;
        level[size] = lvl;
        contextBefore[size] = ctx;
        kind[size] = k;
        size++;
        tokenTotal += c;
        if (k == DECODE) {
            decodeContexts += ctx + 1;
        } else if (k == PADDING) {
            decodeContexts += ctx;
            paddings++;
        } else {
            chunks++;
            chunkContexts += ctx + c;
            chunkPairs += (long) c * (ctx + c);
        }
        state.markPicked(j);
    }

    /** Whether no item is a prefill chunk. */
    public boolean hasNoChunks() {
        return chunks == 0;
    }

    /** Whether every item is a decode (no chunk, no padding). */
    public boolean decodesOnly() {
        return chunks == 0 && paddings == 0;
    }

    public boolean isEmpty() {
        return size == 0 && cohort == 0;
    }

    /** Work items in the batch, the decode cohort's included. */
    @Override
    public int size() {
        return size + cohort;
    }

    /** Work items that can be read by index: all but the decode cohort's. */
    public int items() {
        return size;
    }

    /** Tokens in the batch: chunks plus one per decode or padding item. */
    @Override
    public long tokenTotal() {
        return tokenTotal;
    }

    @Override
    public long decodeContextTotal() {
        return decodeContexts;
    }

    /** Decode and padding items make one token each, so their pairs are their contexts. */
    @Override
    public long contextTotal() {
        return decodeContexts + chunkContexts;
    }

    @Override
    public long pairTotal() {
        return decodeContexts + chunkPairs;
    }

    public int job(int i) {
        return job[i];
    }

    @Override
    public int tokens(int i) {
        return tokens[i];
    }

    public byte kind(int i) {
        return kind[i];
    }

    public int level(int i) {
        return level[i];
    }

    @Override
    public boolean decode(int i) {
        return kind[i] != CHUNK;
    }

    @Override
    public int contextBefore(int i) {
        return contextBefore[i];
    }

    @Override
    public int contextAfter(int i) {
        return kind[i] == PADDING ? contextBefore[i] : contextBefore[i] + tokens[i];
    }

    @Override
    public int promptTokens(int i) {
        return state.prompt(job[i]);
    }

    @Override
    public double prefillTime(int i) {
        return prefillTime[job[i]];
    }

    @Override
    public double decodeTime(int i) {
        return decodeTime[job[i]];
    }

    /** A copy of the jobs, for events. */
    public int[] jobs() {
        return Arrays.copyOf(job, size);
    }

    public int[] tokenCounts() {
        return Arrays.copyOf(tokens, size);
    }

    public byte[] kinds() {
        return Arrays.copyOf(kind, size);
    }

    public int[] levels() {
        return Arrays.copyOf(level, size);
    }
}
