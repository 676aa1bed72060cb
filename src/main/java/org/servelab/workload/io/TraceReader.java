package org.servelab.workload.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.servelab.cost.CostModel;
import org.servelab.workload.InputException;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * Reads a trace file: ServeLab JSON ({@code .json}) or Orca CSV ({@code .csv}). Every problem, from a
 * missing file to a bad value, is an {@link InputException} naming the file, the line and the field.
 * A trace's default name is its file name without the extension.
 *
 * <p>A file is read as a stream, front to back, once: only the jobs read so far are held, never the file's
 * text, so a trace needs the memory of its jobs alone and a bad value is reported as soon as it is read. A
 * large JSON file is read as two such streams on two threads, its first half and its second
 * ({@link SplitJsonRead}); a file with any problem is then read again as one, which reports it.
 */
public final class TraceReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Characters read from the file at a time. */
    private static final int BUFFER = 1 << 16;

    private TraceReader() {
    }

    /**
     * A trace with more jobs than a reader was allowed to hold: reading stopped at the first job past the
     * limit, so the rest of the file was neither read nor held.
     */
    public static final class TooManyJobs extends InputException {
        private static final long serialVersionUID = 1L;

        private final int maxJobs;
        private final long offset;

        /** Refuses the job that starts on {@code line}, after {@code offset} characters (or bytes). */
        TooManyJobs(String source, int line, int maxJobs, long offset) {
            super(source, line, null, "more than " + maxJobs + " jobs");
            this.maxJobs = maxJobs;
            this.offset = offset;
        }

        /** The most jobs the reader was allowed to hold. */
        public int maxJobs() {
            return maxJobs;
        }

        /**
         * Where the first job past the limit starts: the characters before it (bytes, where the text is
         * ASCII), so that the jobs held tell about how many the whole file has.
         */
        public long offset() {
            return offset;
        }
    }

    /** Reads {@code file}, choosing the format by its extension. */
    public static Trace read(Path file) {
        return read(file, Integer.MAX_VALUE);
    }

    /**
     * As {@link #read(Path)}, holding at most {@code maxJobs} jobs: a trace with more is refused with a
     * {@link TooManyJobs} as soon as its next job begins.
     */
    public static Trace read(Path file, int maxJobs) {
        String source = file.toString();
        if (Files.notExists(file)) {
            throw new InputException(source, 0, null, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(source, 0, null, "is a directory, not a trace file");
        }
        if (format(source).equals("json") && maxJobs == Integer.MAX_VALUE) {
            // a large file is read on two threads; anything unusual, and every problem, is left to the
            // one-thread read below, which reports it
            Trace split = SplitJsonRead.read(source, file);
            if (split != null) {
                return split;
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in, maxJobs);
        } catch (NoSuchFileException e) {
            throw new InputException(source, 0, null, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new InputException(source, 0, null, "permission denied", e);
        } catch (IOException e) {
            throw new InputException(source, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a trace from a stream of UTF-8 bytes, front to back, once; {@code sourceName} chooses the format by
     * its extension and is used in messages and for the default trace name. The stream is not closed.
     */
    public static Trace read(String sourceName, InputStream in) {
        return read(sourceName, in, Integer.MAX_VALUE);
    }

    /** As above, holding at most {@code maxJobs} jobs (see {@link #read(Path, int)}). */
    public static Trace read(String sourceName, InputStream in, int maxJobs) {
        boolean json = format(sourceName).equals("json");
        try {
            if (json) {
                // parsed as bytes, unless a zero byte at the start would make the parser take them for UTF-16
                PushbackInputStream bytes = new PushbackInputStream(in, 8);
                byte[] head = bytes.readNBytes(7);
                bytes.unread(head);
                boolean mark = byteOrderMark(head);
                if (hasZero(head, mark ? 3 : 0)) {
                    return JsonTraceReader.read(sourceName, utf8(bytes), maxJobs);
                }
                if (mark) {
                    bytes.skip(3);
                }
                return JsonTraceReader.read(sourceName, new Utf8Checked(bytes), maxJobs);
            }
            return CsvTraceReader.read(sourceName, utf8(in), maxJobs);
        } catch (CharacterCodingException e) {
            throw new InputException(sourceName, 0, null, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(sourceName, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * {@link TimedTrace#resolve} for a trace read from {@code file}: its errors (a run that would pass the
     * time grid's range, a time below its resolution) name the file rather than the trace's name.
     */
    public static TimedTrace timed(Path file, Trace trace, CostModel model, CostModel fallback) {
        return timed(file, trace, model, fallback, true);
    }

    /** As above; {@code oneAtATime} false skips the serial-run bound (the batching engine checks its clock). */
    public static TimedTrace timed(Path file, Trace trace, CostModel model, CostModel fallback, boolean oneAtATime) {
        try {
            return TimedTrace.resolve(trace, model, fallback, oneAtATime);
        } catch (InputException e) {
            if (e.source() != null && e.source().equals(trace.name())) {
                throw new InputException(file.toString(), e.line(), e.field(), e.problem(), e);
            }
            throw e;
        }
    }

    /** Parses trace JSON; {@code sourceName} is used in messages and for the default trace name. */
    public static Trace readJson(String sourceName, String text) {
        try {
            return JsonTraceReader.read(sourceName, withoutMark(text), Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** Parses an Orca CSV trace; {@code sourceName} is used in messages and as the trace name. */
    public static Trace readCsv(String sourceName, String text) {
        try {
            return CsvTraceReader.read(sourceName, withoutMark(text), Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** Whether the bytes start with UTF-8's byte order mark. */
    private static boolean byteOrderMark(byte[] head) {
        return head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    }

    /**
     * Whether JSON that starts with these bytes is parsed as they are: no byte order mark to skip, and no
     * zero byte in the first four, which would make the parser take the text for UTF-16 or UTF-32.
     */
    static boolean parsedAsItIs(byte[] head) {
        return head.length > 0 && !byteOrderMark(head) && !hasZero(head, 0);
    }

    /** Whether any of the four bytes from {@code from} is zero. */
    private static boolean hasZero(byte[] bytes, int from) {
        for (int i = from; i < Math.min(bytes.length, from + 4); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The format named by the source's extension, {@code json} or {@code csv}. */
    private static String format(String source) {
        String ext = SourceNames.extension(source);
        if (!ext.equals("json") && !ext.equals("csv")) {
            throw new InputException(source, 0, null, "unknown trace format: expected a .json or .csv file");
        }
        return ext;
    }

    private static BufferedReader withoutMark(String text) {
        return new BufferedReader(new StringReader(text.indexOf(BYTE_ORDER_MARK) == 0 ? text.substring(1) : text));
    }

    /**
     * The bytes as UTF-8 text, past a byte order mark (some editors write one; it is not part of the text).
     * Bytes that are not UTF-8 make a read throw a {@link CharacterCodingException}.
     */
    private static BufferedReader utf8(InputStream in) throws IOException {
        Reader decoded = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        BufferedReader text = new BufferedReader(decoded, BUFFER);
        text.mark(1);
        if (text.read() != BYTE_ORDER_MARK) {
            text.reset();
        }
        return text;
    }
}
