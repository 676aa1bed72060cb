package org.servelab.workload.io;

import java.util.function.Supplier;

import org.servelab.workload.IdTable;

/**
 * Remembers the line of each job id so that a repeated id can be reported with both lines, in an
 * {@link IdTable}.
 */
final class UniqueIds {

    private final IdTable lines = new IdTable(16);

    /**
     * Adds the id of a job read on {@code line}; when it was already added, throws the error of {@code at}
     * (where the second one was read) naming both lines.
     */
    void add(String id, int line, Supplier<FieldAt> at) {
        int first = lines.putIfAbsent(id, line);
        if (first >= 0) {
            FieldAt where = at.get();
            throw where.error("job id " + id + " appears twice: on line " + first + " and on line " + where.line());
        }
    }
}
