/**
 * Live statistics of a run: mean, p50, p90, p99 and max JCT, mean TTFT and jobs done, next to the
 * JCT histogram; and the per-job table. Binds to {@link org.servelab.ui.model.RunModel}; imports the
 * model, i18n, the histogram view, the filter field (ui.bind) and JavaFX controls.
 */
package org.servelab.ui.stats;
