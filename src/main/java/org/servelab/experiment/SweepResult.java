package org.servelab.experiment;

import java.util.List;

/**
 * What a sweep produced.
 *
 * @param rows      the finished runs, sorted by grid index
 * @param total     runs asked for
 * @param cancelled whether it was stopped before every run finished
 */
public record SweepResult(List<SweepRow> rows, int total, boolean cancelled) {

    public SweepResult {
        rows = List.copyOf(rows);
    }

    /** Whether every run asked for finished. */
    public boolean complete() {
        return rows.size() == total;
    }
}
