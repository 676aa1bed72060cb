/**
 * Reading and writing traces: the ServeLab JSON format and the Orca CSV format
 * ({@code input_length,output_length}), and {@link org.servelab.workload.io.AtomicFiles} for writing
 * any output file so that a failure never leaves half of it behind.
 *
 * <p>Every problem with a file is reported as an {@link org.servelab.workload.InputException} that names
 * the file, the 1-based line and the field. Imports: {@code org.servelab.workload} and Jackson only.
 */
package org.servelab.workload.io;
