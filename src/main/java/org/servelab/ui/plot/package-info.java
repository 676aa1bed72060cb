/**
 * Draws a sweep's figures ({@code org.servelab.experiment.plot}) with JavaFX charts, on screen (the
 * Experiments tab) or offscreen into PNG files (the command line, through
 * {@code org.servelab.ui.export.FxPlatform}, which starts the toolkit without a window). Imports:
 * {@code javafx.*}, {@code org.servelab.experiment..}, {@code org.servelab.ui.export}.
 */
package org.servelab.ui.plot;
