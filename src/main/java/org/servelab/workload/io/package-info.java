/**
 * Reading and writing traces: the ServeLab JSON format and the Orca CSV format
 * ({@code input_length,output_length}), the CSV codec of every CSV file ({@link org.servelab.workload.io.Csv}),
 * and {@link org.servelab.workload.io.AtomicFiles} for writing
 * any output file so that a failure never leaves half of it behind. Also the {@code --cost-model} values:
 * batch-size-1 models and profiles ({@link org.servelab.workload.io.CostModels}) and batch cost models,
 * specs and batch profiles ({@link org.servelab.workload.io.BatchCostModels}).
 *
 * <p>Every problem with a file is reported as an {@link org.servelab.workload.InputException} that names
 * the file, the 1-based line and the field. Imports: {@code org.servelab.workload},
 * {@code org.servelab.cost} and Jackson only.
 */
package org.servelab.workload.io;
