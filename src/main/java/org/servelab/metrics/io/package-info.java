/**
 * Results files: JSON and tidy CSV. Imports: {@code org.servelab.metrics}, the CSV codec of
 * {@code org.servelab.workload.io}, number text from {@code org.servelab.workload}, Jackson.
 */
package org.servelab.metrics.io;
