/**
 * Workload generators: synthetic traces built from a length model (fixed, bounded Zipf, lognormal, or the
 * lengths of a real trace) and an arrival process, at a rate or at a target load (rate = load / mean
 * service time, the service times priced by a cost model). Everything is seeded: one spec and one seed give
 * the same trace, byte for byte. Imports: {@code org.servelab.workload}, {@code org.servelab.workload.arrival}, {@code org.servelab.workload.io},
 * {@code org.servelab.cost}.
 */
package org.servelab.workload.generate;
