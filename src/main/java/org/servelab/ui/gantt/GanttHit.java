package org.servelab.ui.gantt;

/**
 * One iteration found under the mouse (or at a time in a row): what the tooltip names.
 *
 * @param job     job index in trace order
 * @param row     the row it is drawn in
 * @param slice   the schedule slice it belongs to
 * @param token   the token this iteration makes (1 is the prefill)
 * @param level   the queue level it ran from, 0-based (Q1 is 0)
 * @param start   iteration start time
 * @param end     iteration end time
 */
public record GanttHit(int job, int row, int slice, int token, int level, double start, double end) {

    /** Whether this iteration is the prefill (it makes token 1). */
    public boolean prefill() {
        return token == 1;
    }
}
