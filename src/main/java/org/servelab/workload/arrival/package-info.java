/**
 * Arrival processes: when the jobs of a trace arrive, for traces that carry no times of their own (or to
 * replace them). Rates are always jobs per second; times come out in the trace's unit. Each process owns
 * its seed, so the same process gives the same times every call. Imports: {@code org.servelab.workload}.
 */
package org.servelab.workload.arrival;
