package org.servelab.seqsched;

/**
 * A batch as planned before it runs.
 *
 * @param members positions in the group, in batch order
 * @param cap     the largest prediction of its members, or with VBS its bucket's value
 */
record PlannedBatch(int[] members, int cap) {
}
