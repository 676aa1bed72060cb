package org.servelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A buffered writer to the command's standard output that notices when nobody reads it any more: a
 * {@link PrintWriter} swallows write errors, so {@link #flush()} asks it and throws
 * {@link StdoutClosedException} once a write has failed (the reader of a pipe went away, as with
 * {@code | head}). Closing it only flushes it.
 */
final class ConsoleWriter extends Writer {

    private static final int BUFFER = 1 << 16;

    private final PrintWriter out;
    private final StringBuilder buffer = new StringBuilder(BUFFER);

    ConsoleWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        buffer.append(chars, off, len);
        if (buffer.length() >= BUFFER) {
            drain();
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        buffer.append(s, off, off + len);
        if (buffer.length() >= BUFFER) {
            drain();
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
    }

    private void drain() throws IOException {
        out.append(buffer);
        buffer.setLength(0);
        if (out.checkError()) {
            throw new StdoutClosedException();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
