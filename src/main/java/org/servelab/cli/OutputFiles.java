package org.servelab.cli;

import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.servelab.workload.InputException;
import org.servelab.workload.io.AtomicFiles;
import org.servelab.workload.io.OutputGuard;

/**
 * The files a command writes. A command stages them all before it starts (so a bad path, an output that
 * is one of its inputs, or two options naming one file fail before any work), writes them, and
 * {@link #commit()}s them at the end. Regular files are written to temporary files that the commit
 * renames over the targets; on any failure {@link #close()} deletes them and no existing file is touched.
 * FIFOs and devices are written into as the command goes ({@link AtomicFiles}). {@code -} is standard
 * output.
 */
final class OutputFiles implements AutoCloseable {

    private final OutputGuard guard;
    private final PrintWriter stdout;
    private final PrintStream stdoutBytes;
    private final List<AtomicFiles.Staged> staged = new ArrayList<>();
    private boolean dataOnStdout;
    private boolean committed;

    /**
     * @param guard  the command's inputs, which no output may replace
     * @param stdout the command's standard output, for {@code -}
     */
    OutputFiles(OutputGuard guard, PrintWriter stdout) {
        this(guard, stdout, System.out);
    }

    /** @param stdoutBytes where binary output to {@code -} goes (a PNG) */
    OutputFiles(OutputGuard guard, PrintWriter stdout, PrintStream stdoutBytes) {
        this.guard = guard;
        this.stdout = stdout;
        this.stdoutBytes = stdoutBytes;
    }

    /**
     * Stages a target, or returns {@code null} when {@code target} is {@code null}.
     *
     * @param option the option that named the target, for error messages
     * @throws InputException naming the option when the target cannot be written
     */
    Output stage(String option, Path target) throws IOException {
        Output o = stageLog(option, target);
        dataOnStdout |= o != null && o.console();
        return o;
    }

    /** Stages a log that may share standard output with the command's report (a console token log). */
    Output stageLog(String option, Path target) throws IOException {
        if (target == null) {
            return null;
        }
        if (guard.output(option, target) == null) {
            return new Output(option, null);
        }
        try {
            AtomicFiles.Staged s = AtomicFiles.open(target);
            staged.add(s);
            return new Output(option, s);
        } catch (FileSystemException e) {
            throw InputException.parameter(option, e.getMessage());
        }
    }

    /**
     * Where the command's report goes: standard output, unless data (results, events, a PNG) goes there,
     * then {@code err}.
     */
    PrintWriter report(PrintWriter err) {
        return dataOnStdout ? err : stdout;
    }

    /** Flushes every output and moves every staged file over its target. */
    void commit() throws IOException {
        stdout.flush();
        stdoutBytes.flush();
        for (AtomicFiles.Staged s : staged) {
            s.commit();
        }
        committed = true;
    }

    /** Closes every output; without a commit, deletes the temporary files. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (AtomicFiles.Staged s : staged) {
            try {
                s.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null && committed) {
            throw failure;
        }
    }

    /** One output: a staged file, a FIFO or device, or standard output. */
    final class Output {

        private final String option;
        private final AtomicFiles.Staged file;

        private Output(String option, AtomicFiles.Staged file) {
            this.option = option;
            this.file = file;
        }

        String option() {
            return option;
        }

        /** Whether this output is standard output. */
        boolean console() {
            return file == null;
        }

        /** Whether this output is written straight into a FIFO or device (or standard output). */
        boolean writesThrough() {
            return file == null || file.writesThrough();
        }

        /**
         * A UTF-8 writer; closing it only flushes it. On standard output it is buffered and its flush throws
         * {@link StdoutClosedException} once standard output is closed (a reader that went away).
         */
        Writer writer() {
            if (file == null) {
                return new ConsoleWriter(stdout);
            }
            if (file.writesThrough()) {
                stdout.flush(); // what the command printed comes first when the device is the console too
            }
            return new FilterWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        /**
         * Flushes what was written and syncs a staged file to the disk ahead of {@link OutputFiles#commit()};
         * nothing to do on standard output or a FIFO or device.
         */
        void sync() throws IOException {
            if (file != null && !file.writesThrough()) {
                file.sync();
            }
        }

        /** A byte stream; closing it only flushes it. */
        OutputStream stream() {
            stdout.flush();
            if (file != null) {
                return file.stream();
            }
            return new FilterOutputStream(stdoutBytes) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        /** Writes the whole text. */
        void write(String text) throws IOException {
            try (Writer w = writer()) {
                w.write(text);
            }
        }
    }
}
