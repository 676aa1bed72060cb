package org.servelab.workload.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;

/**
 * Bytes passed through unchanged once checked to be UTF-8, as Java's decoder checks them (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF, no sequence cut short by the end). A read that meets
 * a byte out of place throws a {@link MalformedInputException}. It lets a parser that works on the bytes
 * themselves refuse what a decoding reader would refuse, without decoding.
 */
final class Utf8Checked extends FilterInputStream {

    /** Eight bytes of an array at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of every byte: none is set in eight ASCII bytes. */
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Continuation bytes still to come in the current sequence. */
    private int pending;
    /** The range of the next continuation byte (the second byte of some sequences is narrower). */
    private int low = 0x80;
    private int high = 0xBF;

    Utf8Checked(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
            return b;
        }
        check(new byte[] {(byte) b}, 0, 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            end();
            return n;
        }
        check(b, off, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must be seen to be checked
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() throws MalformedInputException {
        if (pending > 0) {
            throw new MalformedInputException(1);
        }
    }

    private void check(byte[] b, int off, int n) throws MalformedInputException {
        int i = off;
        int end = off + n;
        while (i < end) {
            if (pending == 0) {
                // plain ASCII, nearly all of a trace: eight bytes at a time
                while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                    i += 8;
                }
                while (i < end && b[i] >= 0) {
                    i++;
                }
                if (i == end) {
                    return;
                }
                start(b[i++] & 0xff);
            } else {
                int c = b[i++] & 0xff;
                if (c < low || c > high) {
                    throw new MalformedInputException(1);
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            }
        }
    }

    /** Begins the sequence that the lead byte {@code c} (0x80 or above) starts. */
    private void start(int c) throws MalformedInputException {
        if (c >= 0xC2 && c <= 0xDF) {
            pending = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            pending = 2;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            pending = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new MalformedInputException(1);
        }
    }
}
