/**
 * Files in the window: opening a trace (dialog and drag and drop) with an error dialog naming file,
 * line and field, and exporting the Gantt chart as a PNG. Imports the workload readers, the cost
 * model, the Gantt exporter, the model, i18n and JavaFX.
 */
package org.servelab.ui.files;
