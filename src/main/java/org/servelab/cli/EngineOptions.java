package org.servelab.cli;

import java.util.Locale;

import picocli.CommandLine.Option;

import org.servelab.engine.DiscreteEventEngine;
import org.servelab.engine.Engine;
import org.servelab.engine.ThreadedEngine;
import org.servelab.workload.InputException;

/** Options that pick the engine. */
public final class EngineOptions {

    @Option(names = "--engine", paramLabel = "des|threads", defaultValue = "des",
            description = "des: virtual time on one thread; threads: producer, scheduler and inference threads "
                    + "(default: ${DEFAULT-VALUE}). Results are the same.")
    String engine;

    @Option(names = "--speed", paramLabel = "X|max",
            description = "With --engine threads: the inference thread sleeps through each iteration at X times "
                    + "real time (default 1: real time, as the exercise's threads do); max: no sleeping, as fast "
                    + "as the hand-offs go. Results are the same at any speed.")
    String speed;

    /** The pacing speed: 1 by default, +inf for {@code max}. */
    double speed() {
        if (speed == null) {
            return 1;
        }
        String v = speed.trim().toLowerCase(Locale.ROOT);
        if (v.equals("max")) {
            return Double.POSITIVE_INFINITY;
        }
        double x;
        try {
            x = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw InputException.parameter("--speed", "must be a positive number or max, got '" + speed + "'");
        }
        if (!(x > 0 && !Double.isInfinite(x))) {
            throw InputException.parameter("--speed", "must be a positive number or max, got " + speed);
        }
        return x;
    }

    /** Whether the run is paced in real time (the threads at a finite speed): a console log then flushes per line. */
    boolean paced() {
        return "threads".equals(engine.trim().toLowerCase(Locale.ROOT)) && speed() != Double.POSITIVE_INFINITY;
    }

    public Engine create() {
        String e = engine.trim().toLowerCase(Locale.ROOT);
        double x = speed();
        switch (e) {
            case "des":
                if (speed != null) {
                    throw InputException.parameter("--speed", "only applies to --engine threads");
                }
                return new DiscreteEventEngine();
            case "threads":
                return x == Double.POSITIVE_INFINITY ? ThreadedEngine.virtual() : ThreadedEngine.realTime(x);
            default:
                throw InputException.parameter("--engine", "unknown engine '" + engine + "' (use des or threads)");
        }
    }
}
