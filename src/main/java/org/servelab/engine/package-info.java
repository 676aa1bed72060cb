/**
 * The engines: {@code SimulationCore} (a run's state and its five steps), the single-thread
 * {@code DiscreteEventEngine}, the three-thread {@code ThreadedEngine} with its pacers, and
 * {@code Schedule} (a finished run's slices). Imports: policy, metrics, workload, cost; never JavaFX.
 */
package org.servelab.engine;
