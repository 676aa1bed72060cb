package org.servelab.workload.io;

import java.util.HashMap;
import java.util.Map;

/** Remembers the line of each job id so that a repeated id can be reported with both lines. */
final class UniqueIds {

    private final Map<String, Integer> lines = new HashMap<>();

    void add(String id, FieldAt at) {
        Integer first = lines.putIfAbsent(id, at.line());
        if (first != null) {
            throw at.error("job id " + id + " appears twice: on line " + first + " and on line " + at.line());
        }
    }
}
