package org.servelab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.servelab.workload.InputException;
import org.servelab.workload.generate.Target;

/**
 * A sweep's settings as the user writes them: one text per option of {@code servelab sweep}, {@code null}
 * for an option not given, laid over a base spec by {@link #over}. The command line and the window's
 * Experiments tab both build their spec here, so both take the same syntax ({@code 1,2,4},
 * {@code 0.5:0.95:0.05}, {@code auto}) and an error names the same option with the same words.
 */
public final class SweepOptions {

    private String policy;
    private String queues;
    private String quantumRate;
    private String quantum;
    private String load;
    private String rate;
    private String cv;
    private String seeds;
    private String seed;
    private String jobs;
    private String lengths;
    private String arrivals;
    private String costModel;
    private String accounting;
    private String overloadJobs;
    private final Map<String, String> serving = new LinkedHashMap<>();

    /**
     * The defaults of {@code servelab sweep}: FCFS and skip-join MLFQ, 4 queues, Quantum_rate 2, Quantum
     * auto, loads 0.5 to 0.9, CV 1, 3 seeds from 1, 2000 jobs of {@code paper-zipf} with gamma arrivals,
     * {@code opt-1.3b}, time accounting.
     */
    public static SweepSpec defaults() {
        return new SweepSpec(List.of("fcfs", "skip-join-mlfq"), List.of(4), List.of(2.0), List.of(Double.NaN),
                Target.Kind.LOAD, ValueLists.numbers("0.5:0.9:0.1", "--load"), List.of(1.0), 3, 1, 2000,
                "paper-zipf", "gamma", "opt-1.3b", "time", 2000);
    }

    /** {@code --policy}: policy names, comma separated. */
    public SweepOptions policy(String text) {
        policy = text;
        return this;
    }

    /** {@code --queues}: Queue_num values. */
    public SweepOptions queues(String text) {
        queues = text;
        return this;
    }

    /** {@code --quantum-rate}: Quantum_rate values. */
    public SweepOptions quantumRate(String text) {
        quantumRate = text;
        return this;
    }

    /** {@code --quantum}: Quantum values or {@code auto}. */
    public SweepOptions quantum(String text) {
        quantum = text;
        return this;
    }

    /** {@code --load}: target loads (give this or {@link #rate}). */
    public SweepOptions load(String text) {
        load = text;
        return this;
    }

    /** {@code --rate}: arrival rates in jobs per second (give this or {@link #load}). */
    public SweepOptions rate(String text) {
        rate = text;
        return this;
    }

    /** {@code --cv}: coefficients of variation of the arrival gaps. */
    public SweepOptions cv(String text) {
        cv = text;
        return this;
    }

    /** {@code --seeds}: seeds per point. */
    public SweepOptions seeds(String text) {
        seeds = text;
        return this;
    }

    /** {@code --seed}: the first seed. */
    public SweepOptions seed(String text) {
        seed = text;
        return this;
    }

    /** {@code --jobs}: jobs per run. */
    public SweepOptions jobs(String text) {
        jobs = text;
        return this;
    }

    /** {@code --lengths}: the length model (a preset, {@code resample:FILE}, ...). */
    public SweepOptions lengths(String text) {
        lengths = text;
        return this;
    }

    /** {@code --arrivals}: the arrival process. */
    public SweepOptions arrivals(String text) {
        arrivals = text;
        return this;
    }

    /** {@code --cost-model}: a profile name or file. */
    public SweepOptions costModel(String text) {
        costModel = text;
        return this;
    }

    /** {@code --accounting}: {@code time} or {@code tokens}. */
    public SweepOptions accounting(String text) {
        accounting = text;
        return this;
    }

    /** {@code --overload-jobs}: the cap on jobs of an overloaded run. */
    public SweepOptions overloadJobs(String text) {
        overloadJobs = text;
        return this;
    }

    /**
     * A serving axis ({@link ServingAxes#KEYS}: {@code max-batch}, {@code batching}, {@code order},
     * {@code draft-length}, ...) in its flag's syntax; {@code null} leaves it as it is.
     */
    public SweepOptions serving(String key, String text) {
        if (!ServingAxes.KEYS.contains(key)) {
            throw new IllegalArgumentException("unknown serving key " + key);
        }
        if (text != null) {
            serving.put(key, text);
        }
        return this;
    }

    /**
     * The spec: {@code base} with every option given replaced. Not validated yet: call
     * {@link SweepSpec#validate()}.
     *
     * @throws InputException naming the option when a text cannot be read
     */
    public SweepSpec over(SweepSpec base) {
        if (load != null && rate != null) {
            throw InputException.parameter("--rate", "give --load or --rate, not both");
        }
        Target.Kind target = rate != null ? Target.Kind.RATE : load != null ? Target.Kind.LOAD : base.target();
        List<Double> xs = rate != null ? ValueLists.numbers(rate, "--rate")
                : load != null ? ValueLists.numbers(load, "--load") : base.xs();
        return new SweepSpec(
                policy != null ? lower(ValueLists.items(policy, "--policy")) : base.policies(),
                queues != null ? ValueLists.integers(queues, "--queues") : base.queues(),
                quantumRate != null ? ValueLists.numbers(quantumRate, "--quantum-rate") : base.quantumRates(),
                quantum != null ? ValueLists.numbersOrAuto(quantum, "--quantum") : base.quanta(),
                target, xs,
                cv != null ? ValueLists.numbers(cv, "--cv") : base.cvs(),
                seeds != null ? (int) whole(seeds, "--seeds", Integer.MIN_VALUE, Integer.MAX_VALUE) : base.seeds(),
                seed != null ? whole(seed, "--seed", Long.MIN_VALUE, Long.MAX_VALUE) : base.seed(),
                jobs != null ? (int) whole(jobs, "--jobs", Integer.MIN_VALUE, Integer.MAX_VALUE) : base.jobs(),
                lengths != null ? lengths : base.lengths(),
                arrivals != null ? arrivals : base.arrivals(),
                costModel != null ? costModel : base.costModel(),
                accounting != null ? accounting : base.accounting(),
                overloadJobs != null ? (int) whole(overloadJobs, "--overload-jobs", Integer.MIN_VALUE, Integer.MAX_VALUE)
                        : base.overloadJobs(),
                ServingAxes.over(base.serving(), serving));
    }

    private static List<String> lower(List<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static long whole(String text, String option, long min, long max) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw InputException.parameter(option, "give a whole number");
        }
        try {
            long v = Long.parseLong(t);
            if (v < min || v > max) {
                throw InputException.parameter(option, "\"" + t + "\" is out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw InputException.parameter(option, "\"" + t + "\" is not a whole number");
        }
    }
}
