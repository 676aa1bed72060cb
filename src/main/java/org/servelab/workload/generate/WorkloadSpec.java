package org.servelab.workload.generate;

import java.util.Locale;
import java.util.Objects;

import org.servelab.workload.Decimals;
import org.servelab.workload.InputException;
import org.servelab.workload.arrival.ArrivalProcesses;

/**
 * Everything that defines a generated workload; {@link WorkloadGenerator} turns it into a trace.
 *
 * @param lengths  where the prompt and output lengths come from
 * @param arrivals the arrival process: one of {@link ArrivalProcesses#kinds()}, or {@code replay} (the
 *                 lengths' source trace's own times)
 * @param target   how fast: a rate, a load, or (replay only) a time scale
 * @param cv       the coefficient of variation of the gaps, for {@code gamma} (ignored by the others)
 * @param jobs     how many jobs, at least 1
 * @param seed     the seed every random draw derives from
 * @param order    the order requests are sent in ({@link RequestOrder#AS_IS}: as drawn)
 */
public record WorkloadSpec(JobLengths lengths, String arrivals, Target target, double cv, int jobs, long seed,
                           RequestOrder order) {

    public static final String REPLAY = "replay";

    /** A spec whose requests are sent as drawn. */
    public WorkloadSpec(JobLengths lengths, String arrivals, Target target, double cv, int jobs, long seed) {
        this(lengths, arrivals, target, cv, jobs, seed, RequestOrder.AS_IS);
    }

    public WorkloadSpec {
        Objects.requireNonNull(lengths, "lengths");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(target, "target");
        arrivals = arrivals == null ? "" : arrivals.trim().toLowerCase(Locale.ROOT);
        if (jobs < 1) {
            throw InputException.parameter("--jobs", "must be at least 1, got " + jobs);
        }
        if (!(cv >= 0) || Double.isInfinite(cv)) {
            throw InputException.parameter("--cv", "the coefficient of variation must be a number >= 0, got "
                    + Decimals.plain(cv));
        }
        if (REPLAY.equals(arrivals)) {
            if (lengths.source() == null) {
                throw InputException.parameter("--arrivals", "replay needs lengths from a trace "
                        + "(--lengths trace:FILE or resample:FILE) whose times are replayed");
            }
        } else {
            if (!ArrivalProcesses.kinds().contains(arrivals)) {
                throw InputException.parameter("--arrivals", "unknown arrival process \"" + arrivals
                        + "\"; choose one of " + kinds());
            }
            if (target.kind() == Target.Kind.TIME_SCALE) {
                throw InputException.parameter("--time-scale", "only applies to --arrivals replay");
            }
        }
    }

    /** The arrival kinds a spec accepts, in the order they are listed to the user. */
    public static String kinds() {
        return String.join(", ", ArrivalProcesses.kinds()) + ", " + REPLAY;
    }
}
