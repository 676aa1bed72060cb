package org.servelab.ui.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.servelab.experiment.SweepOptions;
import org.servelab.experiment.SweepSpec;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.experiment.ServingAxes;
import org.servelab.workload.InputException;
import org.servelab.workload.generate.LengthSpecs;
import org.servelab.workload.generate.Target;

/**
 * What the Experiments form says, as text the way the user typed it, with the spec it makes checked on
 * every change. The texts go through {@link SweepOptions}, as {@code servelab sweep}'s flags do, so the form
 * takes the same syntax and shows the same messages. Starts at the command's defaults.
 */
public final class SweepForm {

    /** The workload choice that resamples the lengths of a trace file. */
    public static final String RESAMPLE = "resample";

    private final Map<String, BooleanProperty> policies = new LinkedHashMap<>();
    private final StringProperty queues = new SimpleStringProperty(this, "queues", "4");
    private final StringProperty quantumRates = new SimpleStringProperty(this, "quantumRates", "2");
    private final StringProperty quanta = new SimpleStringProperty(this, "quanta", "auto");
    private final ObjectProperty<Target.Kind> target = new SimpleObjectProperty<>(this, "target", Target.Kind.LOAD);
    private final StringProperty xs = new SimpleStringProperty(this, "xs", "0.5:0.9:0.1");
    private final StringProperty cvs = new SimpleStringProperty(this, "cvs", "1");
    private final StringProperty seeds = new SimpleStringProperty(this, "seeds", "3");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final StringProperty jobs = new SimpleStringProperty(this, "jobs", "2000");
    private final StringProperty workload = new SimpleStringProperty(this, "workload", "paper-zipf");
    private final StringProperty traceFile = new SimpleStringProperty(this, "traceFile", "");
    private final StringProperty arrivals = new SimpleStringProperty(this, "arrivals", "gamma");
    private final StringProperty costModel = new SimpleStringProperty(this, "costModel", "opt-1.3b");
    private final Map<String, StringProperty> serving = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<SweepSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper invalidOption = new ReadOnlyStringWrapper(this, "invalidOption", "");

    public SweepForm() {
        for (String p : BatchPolicies.NAMES) {
            policies.put(p, new SimpleBooleanProperty(this, p, p.equals("fcfs") || p.equals("skip-join-mlfq")));
        }
        for (String k : ServingAxes.KEYS) {
            serving.put(k, new SimpleStringProperty(this, k, ""));
        }
        List<Observable> inputs = new ArrayList<>(policies.values());
        Collections.addAll(inputs, queues, quantumRates, quanta, target, xs, cvs, seeds, seed, jobs, workload,
                traceFile, arrivals, costModel);
        inputs.addAll(serving.values());
        for (Observable o : inputs) {
            o.addListener(x -> check());
        }
        check();
    }

    /** The options as {@code servelab sweep} would get them. */
    public SweepOptions options() {
        List<String> chosen = new ArrayList<>();
        policies.forEach((name, on) -> {
            if (on.get()) {
                chosen.add(name);
            }
        });
        SweepOptions o = new SweepOptions().policy(String.join(",", chosen)).queues(queues.get())
                .quantumRate(quantumRates.get()).quantum(quanta.get()).cv(cvs.get()).seeds(seeds.get())
                .seed(seed.get()).jobs(jobs.get()).lengths(lengths()).arrivals(arrivals.get())
                .costModel(costModel.get());
        serving.forEach((k, v) -> o.serving(k, v.get() == null || v.get().isBlank() ? null : v.get()));
        return target.get() == Target.Kind.RATE ? o.rate(xs.get()) : o.load(xs.get());
    }

    /** The length model: the preset's name, or {@code resample:FILE}. */
    public String lengths() {
        return isResample() ? RESAMPLE + ":" + traceFile.get().trim() : workload.get();
    }

    private boolean isResample() {
        return RESAMPLE.equals(workload.get());
    }

    /**
     * The checked spec.
     *
     * @throws InputException with the command line's message when the form is not a valid sweep
     */
    public SweepSpec spec() {
        SweepSpec s = options().over(SweepOptions.defaults()).validate();
        if (!isResample() || traceFile.get().isBlank()) {
            LengthSpecs.parse(s.lengths());
        }
        return s;
    }

    private void check() {
        try {
            spec.set(spec());
            message.set("");
            invalidOption.set("");
        } catch (InputException e) {
            spec.set(null);
            message.set(e.getMessage());
            invalidOption.set(e.field() == null ? "" : e.field());
        }
    }

    /** The cost models, as {@code --cost-model} takes them (a batch model turns batching on). */
    public StringProperty costModelProperty() {
        return costModel;
    }

    /**
     * A serving axis in its flag's syntax ({@link ServingAxes#KEYS}: {@code max-batch}, {@code order}, ...); empty
     * leaves the command's default. Any batching axis runs the sweep on the batching engine.
     */
    public StringProperty servingProperty(String key) {
        StringProperty p = serving.get(key);
        if (p == null) {
            throw new IllegalArgumentException("unknown serving key " + key);
        }
        return p;
    }

    /** Whether a policy is part of the sweep; one property per {@link BatchPolicies#NAMES name}. */
    public BooleanProperty policyProperty(String name) {
        BooleanProperty p = policies.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown policy " + name);
        }
        return p;
    }

    /** Sets every text at once (policies as a comma-separated list), for tests and the screenshot tour. */
    public void fill(String policyList, String queueList, String rateList, String loads, String cvList,
            String seedCount, String jobCount) {
        List<String> on = List.of(policyList.split(","));
        policies.forEach((name, p) -> p.set(on.contains(name)));
        queues.set(queueList);
        quantumRates.set(rateList);
        target.set(Target.Kind.LOAD);
        xs.set(loads);
        cvs.set(cvList);
        seeds.set(seedCount);
        jobs.set(jobCount);
    }

    public StringProperty queuesProperty() {
        return queues;
    }

    public StringProperty quantumRatesProperty() {
        return quantumRates;
    }

    public StringProperty quantaProperty() {
        return quanta;
    }

    /** Whether {@link #xsProperty() the values} are loads or rates. */
    public ObjectProperty<Target.Kind> targetProperty() {
        return target;
    }

    /** The loads or the rates. */
    public StringProperty xsProperty() {
        return xs;
    }

    public StringProperty cvsProperty() {
        return cvs;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    /** The first seed. */
    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty jobsProperty() {
        return jobs;
    }

    /** A length preset's name or {@link #RESAMPLE}. */
    public StringProperty workloadProperty() {
        return workload;
    }

    /** The trace whose lengths {@link #RESAMPLE} draws from. */
    public StringProperty traceFileProperty() {
        return traceFile;
    }

    public StringProperty arrivalsProperty() {
        return arrivals;
    }

    /** The spec the form makes, {@code null} while it is not valid. */
    public ReadOnlyObjectProperty<SweepSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** What is wrong, as the command line says it; empty when the spec is valid. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The option the message is about ({@code --cv}), empty when none. */
    public ReadOnlyStringProperty invalidOptionProperty() {
        return invalidOption.getReadOnlyProperty();
    }
}
