/**
 * The Gantt timeline as embedded in the window: the Gantt view with zoom in, zoom out and fit
 * buttons, showing the run's schedule up to the displayed time. Imports the model, the Gantt view,
 * i18n and JavaFX controls.
 */
package org.servelab.ui.timeline;
