/**
 * Jobs and traces: {@code Job}, {@code Trace}, the resolved array form {@code TimedTrace}, time units
 * and {@code InputException} (bad input, named by file, line and field). Imports: cost.
 */
package org.servelab.workload;
