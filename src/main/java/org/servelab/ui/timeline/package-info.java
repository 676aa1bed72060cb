/**
 * The Gantt timeline as embedded in the window: the Gantt view with zoom in, zoom out and fit
 * buttons, showing the run's schedule up to the displayed time. Imports the model
 * ({@code org.servelab.ui.model}), the Gantt view ({@code org.servelab.ui.gantt}),
 * {@code org.servelab.ui.bind}, {@code org.servelab.ui.i18n} and JavaFX controls.
 */
package org.servelab.ui.timeline;
