package org.servelab.experiment.plot;

import java.util.function.ToDoubleFunction;

import org.servelab.experiment.SweepRow;

/** A plotted metric: its words and how to read it from a row. */
enum Metric {
    MEAN_JCT("mean JCT", r -> r.summary().averageJct()),
    P99_JCT("p99 JCT", r -> r.summary().p99Jct());

    private final String words;
    private final ToDoubleFunction<SweepRow> read;

    Metric(String words, ToDoubleFunction<SweepRow> read) {
        this.words = words;
        this.read = read;
    }

    String words() {
        return words;
    }

    ToDoubleFunction<SweepRow> read() {
        return read;
    }
}
