package org.servelab.ui.gantt;

import org.servelab.ui.model.Timeline;

/**
 * One iteration found under the mouse (or at a time in a row): what the tooltip names.
 *
 * @param job       job index in trace order
 * @param row       the row it is drawn in
 * @param run       the timeline run it belongs to
 * @param token     the token this iteration makes (1 is the prefill), 0 when it makes none
 * @param level     the queue level it ran from, 0-based (Q1 is 0)
 * @param start     iteration start time
 * @param end       iteration end time
 * @param kind      {@link Timeline#CHUNK} (prefill), {@link Timeline#DECODE} or {@link Timeline#PADDING}
 * @param work      tokens processed: a chunk's length, 1 for a decode
 * @param chunk     which chunk of its prefill (1-based), 0 for decodes
 * @param chunks    how many chunks the prefill took, 0 for decodes
 * @param batchSize members of the batch it ran in (1 without batching)
 */
public record GanttHit(int job, int row, int run, int token, int level, double start, double end, byte kind,
                       int work, int chunk, int chunks, int batchSize) {

    /** Whether this iteration is (part of) a prefill. */
    public boolean prefill() {
        return kind == Timeline.CHUNK;
    }

    /** The run index; kept under its old name for callers of the batch-size-1 chart. */
    public int slice() {
        return run;
    }
}
