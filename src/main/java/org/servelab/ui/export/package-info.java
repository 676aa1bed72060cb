/**
 * Pictures of runs as PNG files: the whole Gantt chart of one or more runs (rendered offscreen, in tiles when
 * large), the JCT histogram, and each job's JCT as a bar with the mean. Works on the JavaFX thread of the app
 * and without a window from the command line ({@link org.servelab.ui.export.FxPlatform} starts the toolkit
 * when needed). Files are written all or nothing through {@code AtomicFiles}.
 *
 * <p>The window's plots ({@code ui.plot}) use this package, never the reverse. Imports:
 * {@code org.servelab.ui.gantt}, {@code org.servelab.ui.histogram}, {@code org.servelab.ui.model} (the
 * timeline a Gantt chart draws), {@code org.servelab.engine.Schedule}, {@code org.servelab.workload} (number
 * text) and {@code org.servelab.workload.io.AtomicFiles}, the data of {@code org.servelab.cli.JctChart} and
 * {@code javafx.*}.
 */
package org.servelab.ui.export;
