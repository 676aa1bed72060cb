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

    @Option(names = "--speed", paramLabel = "X",
            description = "With --engine threads: run at X times real time (default: no waiting).")
    Double speed;

    public Engine create() {
        String e = engine.trim().toLowerCase(Locale.ROOT);
        if (speed != null && !(speed > 0 && !speed.isInfinite())) {
            throw InputException.parameter("--speed", "must be a positive number, got " + speed);
        }
        switch (e) {
            case "des":
                if (speed != null) {
                    throw InputException.parameter("--speed", "only applies to --engine threads");
                }
                return new DiscreteEventEngine();
            case "threads":
                return speed == null ? ThreadedEngine.virtual() : ThreadedEngine.realTime(speed);
            default:
                throw InputException.parameter("--engine", "unknown engine '" + engine + "' (use des or threads)");
        }
    }
}
