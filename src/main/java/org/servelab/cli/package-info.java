/**
 * The picocli command line ({@code servelab run | export | bench | gen | sweep | merge}). Commands parse
 * options, call the layers below and print; errors become one line and a non-zero exit code.
 */
package org.servelab.cli;
