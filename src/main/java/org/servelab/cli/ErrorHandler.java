package org.servelab.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import org.servelab.workload.InputException;

/**
 * Turns an exception into one line on standard error and a non-zero exit code. Bad input exits with 2,
 * anything else with 1; {@code --debug} adds the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;
    /** Standard output was closed by its reader: what a shell reports for a tool killed by SIGPIPE (128 + 13). */
    static final int STDOUT_CLOSED = 141;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (stdoutClosed(ex)) {
            return STDOUT_CLOSED;
        }
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        cl.getErr().println("servelab: " + message(ex));
        if (debug) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return isBadInput(ex) ? BAD_INPUT : FAILURE;
    }

    /** Whether the command stopped because nobody reads its standard output any more (quietly, like SIGPIPE). */
    static boolean stdoutClosed(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StdoutClosedException) {
                return true;
            }
        }
        return false;
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof InputException || ex instanceof IllegalArgumentException;
    }

    static String message(Throwable ex) {
        if (ex instanceof UncheckedIOException && ex.getCause() != null) {
            ex = ex.getCause();
        }
        if (ex instanceof NoSuchFileException) {
            return ex.getMessage() + ": file not found";
        }
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return m.replace('\n', ' ');
    }
}
