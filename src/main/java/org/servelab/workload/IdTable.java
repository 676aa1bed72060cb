package org.servelab.workload;

import java.util.Arrays;

/**
 * Job ids, each with an int (a line, an index), in an open-addressing table: each entry's hash and position
 * in one {@code long}, so that adding an id touches one random slot and compares texts only when hashes
 * agree. A million ids cost three arrays, not a million map entries and boxed values.
 */
public final class IdTable {

    private String[] ids;
    private int[] values;
    private int size;
    /** Hash in the high half, position + 1 in the low half; 0 for a free slot. */
    private long[] table;
    private int shift;

    /** A table sized for {@code expected} ids (it grows past them). */
    public IdTable(int expected) {
        int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, expected)));
        table = new long[1 << bits];
        shift = 32 - bits;
        ids = new String[Math.max(16, expected)];
        values = new int[ids.length];
    }

    /** Adds {@code id} with {@code value} unless it is there; returns the value it was added with, or -1. */
    public int putIfAbsent(String id, int value) {
        int h = id.hashCode();
        int mask = table.length - 1;
        int i = slot(h);
        for (long e = table[i]; e != 0; e = table[i]) {
            if ((int) (e >>> 32) == h) {
                int k = (int) e - 1;
                if (ids[k].equals(id)) {
                    return values[k];
                }
            }
            i = (i + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        ids[size] = id;
        values[size] = value;
        table[i] = (long) h << 32 | (size + 1L);
        if (++size * 2 > table.length) {
            grow();
        }
        return -1;
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
