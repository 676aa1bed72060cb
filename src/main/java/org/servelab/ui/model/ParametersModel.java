package org.servelab.ui.model;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;

/**
 * The knobs of a run: the policy, the MLFQ parameters and the batching knobs, with the paper's Figure 6
 * settings as defaults (one sequence per batch). {@code quantum} is {@code NaN} for "the smallest
 * iteration time"; {@code starveLimit} is {@code +inf} for "never promote"; {@code kvBlocks} is -1 for
 * unlimited memory.
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
    private final IntegerProperty maxBatch = new SimpleIntegerProperty(this, "maxBatch", 1);
    private final IntegerProperty maxBatchTokens = new SimpleIntegerProperty(this, "maxBatchTokens",
            BatchConfig.off().maxBatchTokens());
    private final ObjectProperty<BatchingMode> batchingMode = new SimpleObjectProperty<>(this, "batchingMode",
            BatchingMode.CHUNKED);
    private final ObjectProperty<Preemption> preemption = new SimpleObjectProperty<>(this, "preemption",
            Preemption.RECOMPUTE);
    private final LongProperty kvBlocks = new SimpleLongProperty(this, "kvBlocks", -1);
    private final StringProperty costModel = new SimpleStringProperty(this, "costModel", BatchConfig.PER_JOB);

    private boolean updating;
    private boolean changedWhileUpdating;

    /** Calls {@code listener} whenever any knob changes (once for all the changes of an {@link #update}). */
    public void addListener(InvalidationListener listener) {
        InvalidationListener once = o -> {
            if (updating) {
                changedWhileUpdating = true;
            } else {
                listener.invalidated(o);
            }
        };
        listeners.add(listener);
        for (Observable o : new Observable[] {policy, queues, quantum, quantumRate, accounting, starveLimit, maxBatch,
            maxBatchTokens, batchingMode, preemption, kvBlocks, costModel}) {
            o.addListener(once);
        }
    }

    private final java.util.List<InvalidationListener> listeners = new java.util.ArrayList<>();

    /** Makes several changes that listeners hear about once, at the end. */
    public void update(Runnable changes) {
        boolean outer = !updating;
        updating = true;
        try {
            changes.run();
        } finally {
            if (outer) {
                updating = false;
                if (changedWhileUpdating) {
                    changedWhileUpdating = false;
                    for (InvalidationListener l : listeners) {
                        l.invalidated(policy);
                    }
                }
            }
        }
    }

    public MlfqParameters toParameters() {
        int q = Math.max(MIN_QUEUES, Math.min(MAX_QUEUES, queues.get()));
        double rate = Math.max(MIN_RATE, Math.min(MAX_RATE, quantumRate.get()));
        double quant = quantum.get() > 0 && quantum.get() < Double.POSITIVE_INFINITY ? quantum.get() : Double.NaN;
        double starve = starveLimit.get() > 0 ? starveLimit.get() : Double.POSITIVE_INFINITY;
        return new MlfqParameters(q, quant, rate, accounting.get(), starve);
    }

    /** The batching knobs; refused values (below 1) fall back to the nearest allowed. */
    public BatchConfig toBatchConfig() {
        int batch = Math.max(1, Math.min(BatchConfig.MAX_BATCH, maxBatch.get()));
        int tokens = Math.max(1, maxBatchTokens.get());
        long kv = kvBlocks.get() > 0 ? kvBlocks.get() : -1;
        return new BatchConfig(batch, tokens, batchingMode.get(), preemption.get(), kv, costModel.get());
    }

    /** Sets every knob to the paper's Figure 6 settings (one sequence per batch). */
    public void resetToPaper() {
        update(this::paperValues);
    }

    private void paperValues() {
        policy.set("skip-join-mlfq");
        queues.set(4);
        quantum.set(Double.NaN);
        quantumRate.set(2);
        accounting.set(Accounting.TIME);
        starveLimit.set(Double.POSITIVE_INFINITY);
        BatchConfig off = BatchConfig.off();
        maxBatch.set(off.maxBatch());
        maxBatchTokens.set(off.maxBatchTokens());
        batchingMode.set(off.mode());
        preemption.set(off.preemption());
        kvBlocks.set(off.kvBlocks());
        costModel.set(off.costModel());
    }

    public IntegerProperty maxBatchProperty() {
        return maxBatch;
    }

    public IntegerProperty maxBatchTokensProperty() {
        return maxBatchTokens;
    }

    public ObjectProperty<BatchingMode> batchingModeProperty() {
        return batchingMode;
    }

    public ObjectProperty<Preemption> preemptionProperty() {
        return preemption;
    }

    /** KV capacity in blocks of 16 tokens, -1 for unlimited. */
    public LongProperty kvBlocksProperty() {
        return kvBlocks;
    }

    /** A {@code --cost-model} value, {@code per-job} by default. */
    public StringProperty costModelProperty() {
        return costModel;
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
