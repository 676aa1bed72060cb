package org.servelab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.SimEvent;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.workload.Decimals;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.io.Csv;

/**
 * Writes one CSV line per generated token: policy, time, job id, token number, queue (Q1 is the highest).
 * A run makes a line per token (172 million for a million jobs), so each line is written as bytes
 * straight into a large buffer: the policy once, each job's id once for every policy of the run, the numbers
 * digit by digit.
 * Call {@link #flush()} after the run.
 */
final class TokenLogSink implements EventSink {

    static final String HEADER = "policy,time,job,token,queue";

    private static final int BUFFER = 1 << 20;
    /** The longest line but the id: the policy, a time of 26 characters, two ints and separators. */
    private static final int LINE = 96;

    private final OutputStream stream;
    private final Writer writer;
    private final TimedTrace trace;
    private final byte[] policy;
    private final byte[][] ids;
    private final boolean live;
    private final byte[] buf;
    private final char[] number = new char[32];
    private int length;

    /**
     * Lines into a byte stream (a file), buffered here.
     *
     * @param ids each job's id as CSV bytes, filled as the jobs make tokens ({@link #ids}); one array serves
     *            every policy of a run
     */
    TokenLogSink(OutputStream out, TimedTrace trace, byte[][] ids, String policy) {
        this(out, null, trace, ids, policy, false);
    }

    /**
     * Lines into a writer (the console).
     *
     * @param live flush every line (the console of a real-time run, so that tokens show as they are made)
     */
    TokenLogSink(Writer out, TimedTrace trace, byte[][] ids, String policy, boolean live) {
        this(null, out, trace, ids, policy, live);
    }

    /** The ids of a trace's jobs as a token log writes them, to be filled as they are first needed. */
    static byte[][] ids(TimedTrace trace) {
        return new byte[trace.size()][];
    }

    private TokenLogSink(OutputStream stream, Writer writer, TimedTrace trace, byte[][] ids, String policy,
                         boolean live) {
        if (ids.length != trace.size()) {
            throw new IllegalArgumentException("need " + trace.size() + " ids, got " + ids.length);
        }
        this.stream = stream;
        this.writer = writer;
        this.trace = trace;
        this.policy = (policy + ",").getBytes(StandardCharsets.UTF_8);
        this.ids = ids;
        this.live = live;
        this.buf = new byte[stream != null ? BUFFER : 256];
    }

    @Override
    public boolean wantsIterationStarts() {
        return false;
    }

    @Override
    public void accept(SimEvent event) {
        if (event instanceof TokenGenerated) {
            TokenGenerated t = (TokenGenerated) event;
            token(t.time(), t.job(), t.token(), t.level());
        }
    }

    @Override
    public void token(double time, int job, int token, int level) {
        byte[] id = ids[job];
        if (id == null) {
            id = (Csv.field(trace.id(job)) + ",").getBytes(StandardCharsets.UTF_8);
            ids[job] = id;
        }
        try {
            if (length + LINE + id.length > buf.length) {
                drain();
            }
            byte[] line = length + LINE + id.length > buf.length ? new byte[LINE + id.length] : buf;
            int at = line == buf ? length : 0;
            System.arraycopy(policy, 0, line, at, policy.length);
            at += policy.length;
            if (Double.isFinite(time)) {
                int n = Decimals.exact(time, number, 0);
                for (int i = 0; i < n; i++) {
                    line[at++] = (byte) number[i];
                }
            }
            line[at++] = ',';
            System.arraycopy(id, 0, line, at, id.length);
            at += id.length;
            at = digits(token, line, at);
            line[at++] = ',';
            line[at++] = 'Q';
            at = digits(level + 1, line, at);
            line[at++] = '\n';
            if (line == buf) {
                length = at;
                if (stream == null) {
                    drain(); // each line at once into the writer, which may share the console with other output
                }
            } else {
                write(line, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes out what is buffered (and flushes a writer). */
    void flush() throws IOException {
        drain();
        if (writer != null) {
            writer.flush();
        } else {
            stream.flush();
        }
    }

    private void drain() throws IOException {
        write(buf, length);
        length = 0;
    }

    private void write(byte[] bytes, int n) throws IOException {
        if (n == 0) {
            return;
        }
        if (stream != null) {
            stream.write(bytes, 0, n);
        } else {
            writer.write(new String(bytes, 0, n, StandardCharsets.UTF_8));
            if (live) {
                writer.flush();
            }
        }
    }

    /**
     * The decimal digits of an int (a token number or a queue, never below 0 but written right if so), straight
     * as bytes: through {@code Decimals.exact} and its characters, the token log of 100,000 jobs took 1.54-1.59 s
     * to simulate and write against 1.40-1.48 s (docs/performance.md).
     */
    private static int digits(int v, byte[] out, int at) {
        if (v < 0) {
            String s = Integer.toString(v);
            for (int i = 0; i < s.length(); i++) {
                out[at++] = (byte) s.charAt(i);
            }
            return at;
        }
        int len = 1;
        for (int p = 10; len < 10 && v >= p; p *= 10) {
            len++;
        }
        for (int i = at + len - 1; i >= at; i--) {
            out[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + len;
    }
}
