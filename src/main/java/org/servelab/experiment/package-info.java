/**
 * Parameter sweeps: a grid of policies, MLFQ knobs and workloads ({@link org.servelab.experiment.SweepSpec}),
 * enumerated in one fixed order ({@link org.servelab.experiment.SweepGrid}), cut into shards, run in
 * parallel ({@link org.servelab.experiment.SweepRunner}) and written as one tidy CSV row per run
 * ({@link org.servelab.experiment.SweepCsv}). Rows are always sorted by their grid index, so the CSV does not
 * depend on the number of threads or shards. Imports: {@code org.servelab.workload..}, {@code org.servelab.cost},
 * {@code org.servelab.policy..}, {@code org.servelab.engine}, {@code org.servelab.metrics} and Jackson; never
 * JavaFX.
 */
package org.servelab.experiment;
