package org.servelab.cli;

import java.io.IOException;

/**
 * Standard output can no longer be written (its reader went away). The command stops and exits quietly
 * with {@link ErrorHandler#STDOUT_CLOSED}, as a Unix tool killed by SIGPIPE does.
 */
final class StdoutClosedException extends IOException {
    private static final long serialVersionUID = 1L;

    StdoutClosedException() {
        super("standard output is closed");
    }
}
