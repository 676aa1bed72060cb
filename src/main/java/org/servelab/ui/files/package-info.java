/**
 * Files in the window: opening a trace (dialog and drag and drop) with an error dialog naming file,
 * line and field, and exporting the Gantt chart as a PNG. Imports the workload and its readers
 * ({@code org.servelab.workload}, {@code org.servelab.workload.io}), the cost model
 * ({@code org.servelab.cost}), the batching policies' names ({@code org.servelab.policy.batch}), the Gantt
 * exporter ({@code org.servelab.ui.export}), the model ({@code org.servelab.ui.model}), i18n
 * ({@code org.servelab.ui.i18n}) and JavaFX.
 */
package org.servelab.ui.files;
