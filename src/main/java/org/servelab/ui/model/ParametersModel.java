package org.servelab.ui.model;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;

/**
 * The knobs of a run: the policy and the MLFQ parameters, with the paper's Figure 6 settings as
 * defaults. {@code quantum} is {@code NaN} for "the smallest iteration time"; {@code starveLimit} is
 * {@code +inf} for "never promote".
 */
public final class ParametersModel {

    public static final int MIN_QUEUES = 1;
    public static final int MAX_QUEUES = 10;
    public static final double MIN_RATE = 1;
    public static final double MAX_RATE = 16;

    private final StringProperty policy = new SimpleStringProperty(this, "policy", "skip-join-mlfq");
    private final IntegerProperty queues = new SimpleIntegerProperty(this, "queues", 4);
    private final DoubleProperty quantum = new SimpleDoubleProperty(this, "quantum", Double.NaN);
    private final DoubleProperty quantumRate = new SimpleDoubleProperty(this, "quantumRate", 2);
    private final ObjectProperty<Accounting> accounting = new SimpleObjectProperty<>(this, "accounting", Accounting.TIME);
    private final DoubleProperty starveLimit = new SimpleDoubleProperty(this, "starveLimit", Double.POSITIVE_INFINITY);

    /** Calls {@code listener} whenever any knob changes. */
    public void addListener(InvalidationListener listener) {
        for (Observable o : new Observable[] {policy, queues, quantum, quantumRate, accounting, starveLimit}) {
            o.addListener(listener);
        }
    }

    public MlfqParameters toParameters() {
        int q = Math.max(MIN_QUEUES, Math.min(MAX_QUEUES, queues.get()));
        double rate = Math.max(MIN_RATE, Math.min(MAX_RATE, quantumRate.get()));
        double quant = quantum.get() > 0 && quantum.get() < Double.POSITIVE_INFINITY ? quantum.get() : Double.NaN;
        double starve = starveLimit.get() > 0 ? starveLimit.get() : Double.POSITIVE_INFINITY;
        return new MlfqParameters(q, quant, rate, accounting.get(), starve);
    }

    public StringProperty policyProperty() {
        return policy;
    }

    public IntegerProperty queuesProperty() {
        return queues;
    }

    public DoubleProperty quantumProperty() {
        return quantum;
    }

    public DoubleProperty quantumRateProperty() {
        return quantumRate;
    }

    public ObjectProperty<Accounting> accountingProperty() {
        return accounting;
    }

    public DoubleProperty starveLimitProperty() {
        return starveLimit;
    }
}
