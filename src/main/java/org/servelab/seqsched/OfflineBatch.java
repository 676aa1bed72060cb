package org.servelab.seqsched;

/**
 * One static batch that ran.
 *
 * @param index      its place in the run, from 0
 * @param group      the group it belongs to, from 0
 * @param kind       a prediction batch, a group's batch, or an FCR re-run
 * @param members    query indices (in the run's query set), in batch order
 * @param cap        the iterations it was allowed: its cap under FCR, else the max length
 * @param length     the iterations it ran: its longest member's length, at most the cap
 * @param unfinished its members whose response is longer than the batch ran, in batch order
 * @param start      seconds from the start of the run
 * @param seconds    how long it took
 */
public record OfflineBatch(int index, int group, Kind kind, int[] members, int cap, int length, int[] unfinished,
                           double start, double seconds) {

    /** What a batch is for. */
    public enum Kind {
        /** The served model predicting the lengths of up to 128 queries: a prefill and 7 decodes. */
        PREDICT("predict"),
        /** One of a group's batches. */
        BATCH("batch"),
        /** An FCR re-run of members that did not finish, with the max length as cap. */
        RERUN("rerun");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word results files use. */
        public String word() {
            return word;
        }
    }

    public int size() {
        return members.length;
    }

    public double end() {
        return start + seconds;
    }
}
