package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.servelab.workload.Job;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.arrival.ArrivalProcesses;

/**
 * When the jobs of the open trace arrive: as loaded, or re-timed by an arrival process (a fixed rate,
 * Poisson, or Gamma with a coefficient of variation of the gaps), so that a producer sending 99 jobs at 5 per
 * second can be watched without the command line. Each job keeps its lengths and iteration times.
 */
public final class ArrivalsModel {

    public static final String LOADED = "loaded";
    /** The kinds offered, in menu order. */
    public static final List<String> KINDS = List.of(LOADED, "fixed", "poisson", "gamma");

    private final StringProperty kind = new SimpleStringProperty(this, "kind", LOADED);
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 5);
    private final DoubleProperty cv = new SimpleDoubleProperty(this, "cv", 2);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);

    /** Calls {@code listener} when any setting changes. */
    public void addListener(InvalidationListener listener) {
        kind.addListener(listener);
        rate.addListener(listener);
        cv.addListener(listener);
        seed.addListener(listener);
    }

    /** The trace with these arrivals (the trace itself when they are as loaded). */
    public TimedTrace apply(TimedTrace loaded) {
        if (LOADED.equals(kind.get())) {
            return loaded;
        }
        double[] times = ArrivalProcesses.parse(kind.get(), rate.get(), cv.get(), seed.get())
                .times(loaded.size(), loaded.timeUnit());
        Trace t = loaded.trace();
        List<Job> jobs = new ArrayList<>(t.size());
        for (int j = 0; j < t.size(); j++) {
            Job src = t.job(j);
            jobs.add(new Job(src.id(), 0, src.promptTokens(), src.outputTokens(), loaded.prefillTime(j),
                    loaded.decodeTime(j)));
        }
        return TimedTrace.explicit(new Trace(t.name(), t.timeUnit(), jobs).withArrivals(times));
    }

    public void reset() {
        kind.set(LOADED);
    }

    public StringProperty kindProperty() {
        return kind;
    }

    /** Jobs per second. */
    public DoubleProperty rateProperty() {
        return rate;
    }

    /** Coefficient of variation of the gaps (Gamma only). */
    public DoubleProperty cvProperty() {
        return cv;
    }

    public LongProperty seedProperty() {
        return seed;
    }
}
