package org.servelab.workload.arrival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servelab.workload.InputException;

/**
 * Makes an arrival process from its name as the user writes it ({@code --arrivals fixed}). A new kind is
 * one more line in {@code registry()}. Replaying a trace's own times needs the trace, so
 * {@link ReplayArrivals} is made directly rather than from here.
 */
public final class ArrivalProcesses {

    static final String KIND_OPTION = "--arrivals";

    /** How to make a process of one kind from a rate in jobs per second, a CV of the gaps and a seed. */
    @FunctionalInterface
    private interface Factory {
        ArrivalProcess create(double jobsPerSecond, double cv, long seed);
    }

    private static final Map<String, Factory> KINDS = registry();

    private ArrivalProcesses() {
    }

    private static Map<String, Factory> registry() {
        Map<String, Factory> m = new LinkedHashMap<>();
        m.put("fixed", (rate, cv, seed) -> new FixedRate(rate));
        m.put("poisson", (rate, cv, seed) -> new PoissonArrivals(rate, seed));
        m.put("gamma", GammaArrivals::new);
        m.put("uniform", (rate, cv, seed) -> new UniformArrivals(rate, seed));
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
        return parse(kind, jobsPerSecond, 1.0, seed);
    }

    /**
     * The process of this kind with a coefficient of variation of the gaps, which only {@code gamma} uses
     * (the others have their own: fixed 0, poisson 1, uniform 0.58).
     *
     * @throws InputException for an unknown kind ({@code --arrivals}), a bad rate ({@code --arrival-rate})
     *                        or a negative CV ({@code --cv})
     */
    public static ArrivalProcess parse(String kind, double jobsPerSecond, double cv, long seed) {
        return factory(kind).create(jobsPerSecond, cv, seed);
    }

    /** Whether the kind takes a CV; {@code false} for unknown kinds. */
    public static boolean takesCv(String kind) {
        return kind != null && "gamma".equals(kind.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The coefficient of variation of the gaps the kind makes: {@code cv} for gamma, the kind's own for the
     * others.
     */
    public static double cvOf(String kind, double cv) {
        switch (factoryName(kind)) {
            case "fixed":
                return 0;
            case "poisson":
                return 1;
            case "uniform":
                return UniformArrivals.CV;
            default:
                return cv;
        }
    }

    private static String factoryName(String kind) {
        factory(kind);
        return kind.trim().toLowerCase(Locale.ROOT);
    }

    private static Factory factory(String kind) {
        Factory f = kind == null ? null : KINDS.get(kind.trim().toLowerCase(Locale.ROOT));
        if (f == null) {
            throw InputException.parameter(KIND_OPTION,
                    "unknown arrival process \"" + kind + "\"; choose one of " + String.join(", ", KINDS.keySet()));
        }
        return f;
    }
}
