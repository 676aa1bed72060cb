/**
 * The animated multi-level queue: one lane per queue level (labelled with its quantum), the buffer of
 * arrived jobs, the inference panel (one slot, or the batch's slots with each member's work) and the
 * finished jobs, and for a batching run the KV memory bar; a chip per job glides to its new place and
 * leaves a fading trail back to where it came from. Drawn on canvases, once per pulse when something
 * changed.
 *
 * <p>Imports {@code org.servelab.ui.model}, {@code org.servelab.ui.i18n}, {@code org.servelab.ui.bind}, the
 * Gantt palette ({@code org.servelab.ui.gantt}), the batch's work kinds ({@code org.servelab.policy.batch}),
 * number text ({@code org.servelab.workload}) and JavaFX.
 */
package org.servelab.ui.queue;
