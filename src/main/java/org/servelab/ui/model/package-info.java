/**
 * The observable bridge between the simulation and the views: what a run looks like at a simulated
 * time (queues, inference slot, per-job rows, token log, statistics), the playback that moves that
 * time (threaded engine while playing, replay of a discrete-event recording for steps and scrubbing),
 * the parameters, and the side-by-side comparison.
 *
 * <p>May import the simulation packages and {@code javafx.beans} / {@code javafx.collections}
 * (javafx.base) only: no controls, no scene graph, no animation timer. Time comes in through a
 * {@link org.servelab.ui.model.FrameClock}, so tests drive frames by hand.
 */
package org.servelab.ui.model;
