package org.servelab.engine.event;

/**
 * An iteration of the batching engine started: its members and their work, its end, and KV memory in use
 * once the batch's blocks were allocated. Arrays are parallel, in batch order, and must not be changed.
 *
 * @param jobs     the members (trace indices)
 * @param tokens   each member's tokens this iteration: a chunk's length, or 1
 * @param kinds    0 prefill chunk, 1 decode, 2 padding (a finished member of a static batch)
 * @param levels   each member's queue level (0-based)
 * @param kvUsed   KV blocks in use on the GPU
 * @param kvBlocks KV capacity in blocks, or -1 when unlimited
 */
public record BatchStarted(double time, double end, int[] jobs, int[] tokens, byte[] kinds, int[] levels,
                           long kvUsed, long kvBlocks) implements SimEvent {

    public static final byte CHUNK = 0;
    public static final byte DECODE = 1;
    public static final byte PADDING = 2;

    @Override
    public int job() {
        return -1;
    }

    public int size() {
        return jobs.length;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BatchStarted)) {
            return false;
        }
        BatchStarted b = (BatchStarted) o;
        return Double.compare(time, b.time) == 0 && Double.compare(end, b.end) == 0
                && java.util.Arrays.equals(jobs, b.jobs) && java.util.Arrays.equals(tokens, b.tokens)
                && java.util.Arrays.equals(kinds, b.kinds) && java.util.Arrays.equals(levels, b.levels)
                && kvUsed == b.kvUsed && kvBlocks == b.kvBlocks;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(time, end, java.util.Arrays.hashCode(jobs), java.util.Arrays.hashCode(tokens),
                kvUsed);
    }

    @Override
    public String toString() {
        return "BatchStarted[time=" + time + ", end=" + end + ", jobs=" + java.util.Arrays.toString(jobs) + ", tokens="
                + java.util.Arrays.toString(tokens) + ", kinds=" + java.util.Arrays.toString(kinds) + ", kvUsed="
                + kvUsed + "]";
    }
}
