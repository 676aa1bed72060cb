package org.servelab.workload.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

import org.servelab.workload.JobColumns;
import org.servelab.workload.Trace;

/**
 * Reads a large trace JSON file on two threads. The file is cut at a job that starts a line near its middle
 * (a line whose first character is the {@code {} of an object, after a comma): a second thread reads the
 * jobs from there to the end of their array, while this one reads the file up to the cut; when it reaches
 * the cut, it takes the second thread's jobs and goes on from the end of the array.
 *
 * <p>This is only ever a faster way to the trace the one-thread reader returns. Whenever anything is not as
 * in a valid trace of the usual layout (the cut is not between two jobs of the array, a job of the second
 * part differs from the first job in giving an arrival, an id repeats, any value is wrong,
 * the bytes are not UTF-8), {@link #read} returns {@code null} and the caller reads the file again on one
 * thread, which reports the first problem with its file, line and field as always.
 */
final class SplitJsonRead {

    /** Files smaller than this are read on one thread. */
    static final long MIN_BYTES = 4L << 20;
    /** How far past the middle a line starting a job is looked for. */
    private static final int WINDOW = 1 << 16;

    private SplitJsonRead() {
    }

    /** The jobs of the second part, or why they cannot be used. */
    record Part(JobColumns jobs, boolean firstHasArrival, long endOfArray) {
    }

    /**
     * The trace read on two threads, or {@code null} when it was not, or when anything was not as in a valid
     * trace (then nothing is reported: the caller reads the file again on one thread).
     */
    static Trace read(String source, Path file) {
        return read(source, file, -1);
    }

    /** As above, cutting at the first line that starts a job at or after byte {@code near} (-1: the middle). */
    static Trace read(String source, Path file, long near) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (near < 0) {
                if (size < MIN_BYTES || Runtime.getRuntime().availableProcessors() < 2) {
                    return null;
                }
                near = size / 2;
            }
            if (!plainStart(channel)) {
                return null;
            }
            long[] cut = cut(channel, near, size);
            if (cut == null) {
                return null;
            }
            long comma = cut[0];
            long brace = cut[1];
            AtomicBoolean cancelled = new AtomicBoolean();
            FutureTask<Part> second = new FutureTask<>(() -> JsonTraceReader.readPart(source,
                    new Utf8Checked(new Bracketed(channel, brace, size)), brace - 1, cancelled));
            Thread worker = new Thread(second, "servelab-trace-reader");
            worker.setDaemon(true);
            worker.start();
            Spliced first = new Spliced(channel, comma, size, second);
            try {
                return JsonTraceReader.readSpliced(source, new Utf8Checked(first), first);
            } catch (RuntimeException | IOException e) {
                return null;
            } finally {
                cancelled.set(true);
                // the channel is closed on return: wait for the second thread to stop reading it
                boolean interrupted = false;
                while (true) {
                    try {
                        second.get();
                        break;
                    } catch (ExecutionException e) {
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the file starts without a byte order mark or a zero byte (which the one-thread reader handles). */
    private static boolean plainStart(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(4);
        channel.read(head, 0);
        return TraceReader.parsedAsItIs(java.util.Arrays.copyOf(head.array(), head.position()));
    }

    /**
     * The comma before, and the brace of, the first object that starts a line at or after byte {@code near}
     * (only blanks before it on its line, only blanks between it and the comma), or {@code null}.
     */
    static long[] cut(FileChannel channel, long near, long size) throws IOException {
        long from = Math.max(0, near - 1024);
        ByteBuffer window = ByteBuffer.allocate((int) Math.min(WINDOW, size - from));
        while (window.hasRemaining() && channel.read(window, from + window.position()) > 0) {
            // read it all
        }
        byte[] b = window.array();
        int n = window.position();
        for (int i = (int) (near - from); i < n; i++) {
            if (b[i] != '\n') {
                continue;
            }
            int j = i + 1;
            while (j < n && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r')) {
                j++;
            }
            if (j >= n || b[j] != '{') {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r' || b[k] == '\n')) {
                k--;
            }
            if (k >= 0 && b[k] == ',') {
                return new long[] {from + k, from + j};
            }
        }
        return null;
    }

    /** A stream of a file's bytes read at a position of its own, which the subclass moves and bounds. */
    private abstract static class ChannelStream extends InputStream {
        final FileChannel channel;
        long position;

        ChannelStream(FileChannel channel, long position) {
            this.channel = channel;
            this.position = position;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        /** Up to {@code len} bytes from the position, not past {@code limit}; -1 at the limit. */
        int readUpTo(byte[] b, int off, int len, long limit) throws IOException {
            if (position >= limit) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, limit - position)), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }

    /** The bytes from {@code start} to the end of the file, after a {@code [}. */
    private static final class Bracketed extends ChannelStream {
        private final long end;
        private boolean bracket = true;

        Bracketed(FileChannel channel, long start, long end) {
            super(channel, start);
            this.end = end;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (bracket) {
                bracket = false;
                b[off] = '[';
                return 1;
            }
            return readUpTo(b, off, len, end);
        }
    }

    /**
     * The file's bytes up to the comma of the cut; then, when the second part was read and fits, the bytes from
     * the end of the jobs array on, else the bytes from the comma on, as the file has them.
     */
    static final class Spliced extends ChannelStream {
        private final long comma;
        private final long end;
        private final FutureTask<Part> second;
        private boolean decided;
        private Part part;
        /** Decides, when the cut is reached, whether the second part is taken. */
        private java.util.function.Predicate<Part> accept = p -> false;

        Spliced(FileChannel channel, long comma, long end, FutureTask<Part> second) {
            super(channel, 0);
            this.comma = comma;
            this.end = end;
            this.second = second;
        }

        void accept(java.util.function.Predicate<Part> test) {
            this.accept = test;
        }

        /** The bytes before the cut: where, in this stream, the end of the jobs array is once spliced. */
        long cutOffset() {
            return comma;
        }

        /** The second part's jobs when they were taken, else {@code null}. */
        Part taken() {
            return part;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position == comma && !decided) {
                decided = true;
                Part p = join();
                if (p != null && accept.test(p)) {
                    part = p;
                    position = p.endOfArray();
                }
            }
            return readUpTo(b, off, len, position < comma ? comma : end);
        }

        private Part join() throws IOException {
            try {
                return second.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error; // out of memory is reported as such
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the trace");
            }
        }
    }
}
