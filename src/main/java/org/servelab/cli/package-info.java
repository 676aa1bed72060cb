/**
 * The picocli command line ({@code servelab run | batch | export | bench | gen | sweep | merge}). Commands
 * parse options, call the layers below and print; errors become one line and a non-zero exit code. Outputs go
 * through {@link org.servelab.cli.OutputFiles} (staged, guarded against replacing an input, {@code -} for
 * standard output).
 *
 * <p>Imports: {@code org.servelab.experiment..}, {@code org.servelab.seqsched}, {@code org.servelab.engine..},
 * {@code org.servelab.policy..}, {@code org.servelab.metrics..}, {@code org.servelab.workload..},
 * {@code org.servelab.cost}, picocli and Jackson; never {@code org.servelab.ui} nor JavaFX. PNG files are drawn
 * through {@link org.servelab.cli.Renderers}, which the window's packages implement and
 * {@link java.util.ServiceLoader} finds.
 */
package org.servelab.cli;
