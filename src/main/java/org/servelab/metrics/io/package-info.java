/**
 * Results files: JSON and tidy CSV. Imports: {@code org.servelab.metrics}, the CSV codec of
 * {@code org.servelab.workload.io}, Jackson.
 */
package org.servelab.metrics.io;
