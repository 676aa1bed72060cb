/**
 * The engines: {@code SimulationCore} (a run's state and its steps, batches of any size, batch size 1
 * through {@code SoloBatching}), the single-thread
 * {@code DiscreteEventEngine}, the three-thread {@code ThreadedEngine} with its pacers, and
 * {@code Schedule} (a finished run's slices). Imports: {@code org.servelab.engine.event},
 * {@code org.servelab.policy} (and {@code org.servelab.policy.batch}), {@code org.servelab.metrics},
 * {@code org.servelab.workload}, {@code org.servelab.cost}; never JavaFX.
 */
package org.servelab.engine;
