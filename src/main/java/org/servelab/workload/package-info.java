/**
 * Jobs and traces: {@code Job}, {@code Trace}, the resolved array form {@code TimedTrace}, time units and
 * the time grid, {@code InputException} (bad input, named by file, line and field), and {@code Decimals}
 * (how every number is written as text). Imports: {@code org.servelab.cost} only.
 */
package org.servelab.workload;
