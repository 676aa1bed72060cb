/**
 * Results of a run: per-job {@code JobResult}, aggregate {@code Summary} (definitions in
 * docs/metrics.md), nearest-rank percentiles. Imports: nothing of ServeLab.
 */
package org.servelab.metrics;
