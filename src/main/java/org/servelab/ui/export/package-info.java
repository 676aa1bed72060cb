/**
 * Pictures of runs as PNG files: the whole Gantt chart (rendered offscreen, in tiles when large) and the
 * JCT histogram. Works on the JavaFX thread of the app and without a window from the command line
 * ({@link org.servelab.ui.export.FxPlatform} starts the toolkit when needed). Files are written all or
 * nothing through {@code AtomicFiles}. May import the {@code ui} views, the engine and {@code javafx.*}.
 */
package org.servelab.ui.export;
