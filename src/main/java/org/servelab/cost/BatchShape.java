package org.servelab.cost;

/**
 * The shape of one iteration's batch as a cost model sees it: its work items, each one job with a
 * prefill chunk of {@code tokens(i)} tokens or one decode (or a static batch's padding item, priced as a
 * decode). Read-only and valid only during the call it is passed to; the engine reuses one instance.
 */
public interface BatchShape {

    /** Number of work items. */
    int size();

    /** Tokens item {@code i} processes: the chunk's length, or 1 for a decode or padding item. */
    int tokens(int i);

    /** Whether item {@code i} is a decode (or padding) rather than a prefill chunk. */
    boolean decode(int i);

    /** Tokens of KV the item's job holds before this iteration. */
    int contextBefore(int i);

    /**
     * Tokens of KV the job holds once the item ran: {@code contextBefore + tokens}, except for a static batch's
     * padding item, whose context stays frozen.
     */
    default int contextAfter(int i) {
        return contextBefore(i) + tokens(i);
    }

    /** The job's prompt for batching, {@code max(1, promptTokens)}. */
    int promptTokens(int i);

    /** The job's whole-prefill time from the trace or the batch-size-1 cost model (per-job pricing). */
    double prefillTime(int i);

    /** The job's decode time from the trace or the batch-size-1 cost model (per-job pricing). */
    double decodeTime(int i);

    /** Tokens in the batch: the sum of {@link #tokens}. */
    default long tokenTotal() {
        return ShapeTotals.sum(this, ShapeTotals.TOKENS);
    }

    /** The sum of {@link #contextAfter} over the decode and padding items. */
    default long decodeContextTotal() {
        return ShapeTotals.sum(this, ShapeTotals.DECODE_CONTEXTS);
    }

    /** The sum of {@link #contextAfter} over every item. */
    default long contextTotal() {
        return ShapeTotals.sum(this, ShapeTotals.CONTEXTS);
    }

    /** The sum of {@code tokens * contextAfter} over every item: the query-key pairs of the batch's attention. */
    default long pairTotal() {
        return ShapeTotals.sum(this, ShapeTotals.PAIRS);
    }
}
