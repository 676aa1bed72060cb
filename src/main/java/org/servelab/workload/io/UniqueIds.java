package org.servelab.workload.io;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Remembers the line of each job id so that a repeated id can be reported with both lines. The ids and
 * their lines are kept in the order added; an open-addressing table holds each one's hash and position in
 * one {@code long}, so that adding an id touches one random slot, and compares texts only when hashes agree.
 * A million ids cost three arrays, not a million map entries and boxed lines.
 */
final class UniqueIds {

    private String[] ids = new String[16];
    private int[] lines = new int[16];
    private int size;
    /** Hash in the high half, position + 1 in the low half; 0 for a free slot. */
    private long[] table = new long[64];
    private int shift = 32 - 6;

    /**
     * Adds the id of a job read on {@code line}; when it was already added, throws the error of {@code at}
     * (where the second one was read) naming both lines.
     */
    void add(String id, int line, Supplier<FieldAt> at) {
        int first = putIfAbsent(id, line);
        if (first >= 0) {
            FieldAt where = at.get();
            throw where.error("job id " + id + " appears twice: on line " + first + " and on line " + where.line());
        }
    }

    /** The line the id was first added with, or -1 after adding it now. */
    private int putIfAbsent(String id, int line) {
        int h = id.hashCode();
        int mask = table.length - 1;
        int i = slot(h);
        for (long e = table[i]; e != 0; e = table[i]) {
            if ((int) (e >>> 32) == h) {
                int k = (int) e - 1;
                if (ids[k].equals(id)) {
                    return lines[k];
                }
            }
            i = (i + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        ids[size] = id;
        lines[size] = line;
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
