package org.servelab.workload;

import java.util.Arrays;

/**
 * The ids of {@link JobColumns}, each with an int (a line, an index), in an open-addressing table: each entry's hash and position
 * in one {@code long}, so that adding an id touches one random slot and compares texts only when hashes
 * agree. The ids themselves are kept end to end in one {@code char} array, in the order they were added: a
 * million ids cost a few arrays, not a million strings, map entries and boxed values.
 */
final class IdTable {

    /** The ids end to end; id {@code k} ends at {@code ends[k]} and starts where id {@code k - 1} ends. */
    private char[] chars;
    private int length;
    private int[] ends;
    private int[] values;
    private int size;
    /** Hash in the high half, position + 1 in the low half; 0 for a free slot. */
    private long[] table;
    private int shift;
    /** An id being added, as characters. */
    private char[] scratch = new char[64];

    /** A table sized for {@code expected} ids (it grows past them). */
    IdTable(int expected) {
        int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, expected)));
        table = new long[1 << bits];
        shift = 32 - bits;
        ends = new int[Math.max(16, expected)];
        values = new int[ends.length];
        chars = new char[Math.max(64, Math.min(1 << 20, 4 * ends.length))];
    }

    /**
     * Adds {@code id} with {@code value} unless it is there; returns the value it was added with, or -1.
     * An id that was there is not added again.
     */
    int putIfAbsent(String id, int value) {
        int n = id.length();
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        id.getChars(0, n, scratch, 0);
        return putIfAbsent(scratch, 0, n, value);
    }

    /** As {@link #putIfAbsent(String, int)} for the id {@code src[from, from + n)}. */
    int putIfAbsent(char[] src, int from, int n, int value) {
        int h = 0;
        for (int c = from; c < from + n; c++) {
            h = 31 * h + src[c];
        }
        int mask = table.length - 1;
        int i = slot(h);
        for (long e = table[i]; e != 0; e = table[i]) {
            if ((int) (e >>> 32) == h) {
                int k = (int) e - 1;
                int at = start(k);
                if (ends[k] - at == n && Arrays.equals(chars, at, at + n, src, from, from + n)) {
                    return values[k];
                }
            }
            i = (i + 1) & mask;
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        if (length + n > chars.length) {
            chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(length + n, 2L * chars.length)));
        }
        System.arraycopy(src, from, chars, length, n);
        length += n;
        ends[size] = length;
        values[size] = value;
        table[i] = (long) h << 32 | (size + 1L);
        if (++size * 2 > table.length) {
            grow();
        }
        return -1;
    }

    /** The ids end to end, trimmed. */
    char[] chars() {
        return Arrays.copyOf(chars, length);
    }

    /** Where each id ends in {@link #chars}, trimmed. */
    int[] ends() {
        return Arrays.copyOf(ends, size);
    }

    private int start(int k) {
        return k == 0 ? 0 : ends[k - 1];
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        shift--;
        int mask = table.length - 1;
        for (long e : old) {
            if (e != 0) {
                int i = slot((int) (e >>> 32));
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = e;
            }
        }
    }

    /** The slot an id's probe starts at: the top bits of its hash times the golden ratio (Fibonacci hashing). */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
