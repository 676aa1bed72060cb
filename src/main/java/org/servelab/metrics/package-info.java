/**
 * Results of a run: per-job {@code JobResult}, aggregate {@code Summary} (definitions in
 * docs/metrics.md), nearest-rank percentiles. Imports: {@code org.servelab.workload} (the time grid).
 */
package org.servelab.metrics;
