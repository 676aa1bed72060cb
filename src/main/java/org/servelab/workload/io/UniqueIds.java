package org.servelab.workload.io;

import java.util.function.Supplier;

/**
 * Remembers the line of each job id so that a repeated id can be reported with both lines. An open-addressing
 * table: a million ids cost three arrays, not a million map entries and boxed lines.
 */
final class UniqueIds {

    private String[] ids = new String[64];
    /** Each id's hash, so that a probe compares the text of an id only when the hashes agree. */
    private int[] hashes = new int[64];
    private int[] lines = new int[64];
    private int shift = 32 - 6;
    private int size;

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

    void add(String id, FieldAt at) {
        add(id, at.line(), () -> at);
    }

    /** The line the id was first added with, or -1 after adding it now. */
    private int putIfAbsent(String id, int line) {
        int mask = ids.length - 1;
        int h = id.hashCode();
        int i = slot(h);
        while (ids[i] != null) {
            if (hashes[i] == h && ids[i].equals(id)) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        ids[i] = id;
        hashes[i] = h;
        lines[i] = line;
        if (++size * 2 > ids.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        int[] oldLines = lines;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        lines = new int[oldIds.length * 2];
        shift--;
        int mask = ids.length - 1;
        for (int j = 0; j < oldIds.length; j++) {
            if (oldIds[j] != null) {
                int i = slot(oldHashes[j]);
                while (ids[i] != null) {
                    i = (i + 1) & mask;
                }
                ids[i] = oldIds[j];
                hashes[i] = oldHashes[j];
                lines[i] = oldLines[j];
            }
        }
    }

    /** The slot an id's probe starts at: the top bits of its hash times the golden ratio (Fibonacci hashing). */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
