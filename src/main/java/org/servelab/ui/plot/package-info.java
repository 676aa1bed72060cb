/**
 * Draws a sweep's figures ({@code org.servelab.experiment.plot}) with JavaFX charts, on screen (the
 * Experiments tab) or offscreen into PNG files (through {@code org.servelab.ui.export.FxPlatform}, which
 * starts the toolkit without a window). {@link org.servelab.ui.plot.PngRenderers} is the command line's
 * {@link org.servelab.cli.Renderers}. Imports: {@code javafx.*}, {@code org.servelab.experiment..},
 * {@code org.servelab.ui.export}, {@code org.servelab.ui.model} (the timeline), {@code org.servelab.cli} (the interface it implements),
 * {@code org.servelab.engine} ({@code Schedule}), {@code org.servelab.workload} (number text) and
 * {@code org.servelab.workload.io}.
 */
package org.servelab.ui.plot;
