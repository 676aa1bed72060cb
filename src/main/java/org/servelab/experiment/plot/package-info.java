/**
 * The figures a sweep draws, as plain data: which panels, which series, which points with their spread
 * over seeds, which labels. Choosing what to plot is kept apart from drawing it ({@code org.servelab.ui.plot}
 * renders these with JavaFX), so it is tested without a toolkit. Imports: {@code org.servelab.experiment},
 * {@code org.servelab.metrics}, {@code org.servelab.workload.generate}, {@code org.servelab.workload.arrival};
 * never JavaFX.
 */
package org.servelab.experiment.plot;
