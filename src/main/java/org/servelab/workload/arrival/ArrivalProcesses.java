package org.servelab.workload.arrival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servelab.workload.InputException;

/**
 * Makes an arrival process from its name as the user writes it ({@code --arrivals fixed}). A new kind is
 * one more line in {@code registry()}.
 */
public final class ArrivalProcesses {

    static final String KIND_OPTION = "--arrivals";

    /** How to make a process of one kind from a rate in jobs per second and a seed. */
    @FunctionalInterface
    private interface Factory {
        ArrivalProcess create(double jobsPerSecond, long seed);
    }

    private static final Map<String, Factory> KINDS = registry();

    private ArrivalProcesses() {
    }

    private static Map<String, Factory> registry() {
        Map<String, Factory> m = new LinkedHashMap<>();
        m.put("fixed", (rate, seed) -> new FixedRate(rate));
        m.put("poisson", PoissonArrivals::new);
        return m;
    }

    /** The kinds {@link #parse} accepts, in the order they are listed to the user. */
    public static List<String> kinds() {
        return new ArrayList<>(KINDS.keySet());
    }

    /**
     * The process of this kind (case-insensitive). The seed is ignored by kinds that are not random.
     *
     * @throws InputException for an unknown kind ({@code --arrivals}) or a bad rate ({@code --arrival-rate})
     */
    public static ArrivalProcess parse(String kind, double jobsPerSecond, long seed) {
        Factory f = kind == null ? null : KINDS.get(kind.trim().toLowerCase(Locale.ROOT));
        if (f == null) {
            throw InputException.parameter(KIND_OPTION,
                    "unknown arrival process \"" + kind + "\"; choose one of " + String.join(", ", KINDS.keySet()));
        }
        return f.create(jobsPerSecond, seed);
    }
}
