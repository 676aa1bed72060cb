/**
 * The observable bridge between the simulation and the views: what a run looks like at a simulated
 * time (queues, the inference slot or the batch's slots and KV memory, per-job rows, the token and
 * decision logs, statistics), the recordings it is rebuilt from (a batch-size-1 run's events, a batching
 * run's columns, a {@link org.servelab.ui.model.Timeline} for the Gantt chart) and their checkpoints, the
 * playback that moves that time (threaded engine while playing, replay of a discrete-event recording for
 * steps and scrubbing), the parameters and arrivals, and the side-by-side comparison.
 *
 * <p>May import the simulation packages and {@code javafx.beans} / {@code javafx.collections}
 * (javafx.base) only: no controls, no scene graph, no animation timer. Time comes in through a
 * {@link org.servelab.ui.model.FrameClock}, so tests drive frames by hand.
 */
package org.servelab.ui.model;
