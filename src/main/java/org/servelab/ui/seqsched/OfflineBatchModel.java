package org.servelab.ui.seqsched;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.servelab.cost.BatchCostModel;
import org.servelab.seqsched.AlpacaLengths;
import org.servelab.seqsched.BatchSettings;
import org.servelab.seqsched.OfflineResult;
import org.servelab.seqsched.OfflineRun;
import org.servelab.seqsched.Predictor;
import org.servelab.seqsched.QuerySet;
import org.servelab.seqsched.StaticBatchPricer;
import org.servelab.seqsched.Strategy;
import org.servelab.seqsched.TableStudy;

/**
 * Two offline batch runs of the same queries, vanilla and sequence scheduling ({@code noisy:SIGMA}, with VBS and
 * FCR when on), re-run whenever a setting changes; a run of a few hundred queries takes milliseconds, so it is
 * done on the FX thread. Prices come from the affine model {@code batch table} fits on the paper's rows.
 */
public final class OfflineBatchModel {

    /** Queries shown: one group of the paper's size, so that every block is wide enough to see. */
    public static final int QUERIES = 256;
    public static final long SEED = 6;

    private final QuerySet queries;
    private final StaticBatchPricer pricer;
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize",
            BatchSettings.DEFAULT_BATCH_SIZE);
    private final DoubleProperty sigma = new SimpleDoubleProperty(this, "sigma", 0.4);
    private final BooleanProperty vbs = new SimpleBooleanProperty(this, "vbs", true);
    private final BooleanProperty fcr = new SimpleBooleanProperty(this, "fcr", true);
    private final ReadOnlyObjectWrapper<OfflineResult> vanilla = new ReadOnlyObjectWrapper<>(this, "vanilla");
    private final ReadOnlyObjectWrapper<OfflineResult> scheduled = new ReadOnlyObjectWrapper<>(this, "scheduled");

    /** The built-in Alpaca lengths, {@value #QUERIES} of them sampled with seed {@value #SEED}. */
    public OfflineBatchModel() {
        this(AlpacaLengths.builtIn(AlpacaLengths.DEFAULT_PROMPT), QUERIES);
    }

    public OfflineBatchModel(QuerySet all, int queries) {
        this(all.sample(queries, SEED), TableStudy.paperFit(all, SEED));
    }

    public OfflineBatchModel(QuerySet queries, BatchCostModel cost) {
        this.queries = queries;
        this.pricer = new StaticBatchPricer(cost);
        batchSize.addListener((o, a, b) -> rerun());
        sigma.addListener((o, a, b) -> rerun());
        vbs.addListener((o, a, b) -> rerun());
        fcr.addListener((o, a, b) -> rerun());
        rerun();
    }

    private void rerun() {
        BatchSettings s = new BatchSettings(BatchSettings.DEFAULT_GROUP_SIZE, Math.max(1, batchSize.get()),
                BatchSettings.DEFAULT_MAX_LENGTH, BatchSettings.PredictionCost.AUTO, SEED);
        vanilla.set(OfflineRun.run(queries, TableStudy.VANILLA, s, pricer));
        Strategy seq = new Strategy(Predictor.noisy(Math.max(0, sigma.get())), vbs.get(), fcr.get());
        scheduled.set(OfflineRun.run(queries, seq, s, pricer));
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public DoubleProperty sigmaProperty() {
        return sigma;
    }

    public BooleanProperty vbsProperty() {
        return vbs;
    }

    public BooleanProperty fcrProperty() {
        return fcr;
    }

    public ReadOnlyObjectProperty<OfflineResult> vanillaProperty() {
        return vanilla.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OfflineResult> scheduledProperty() {
        return scheduled.getReadOnlyProperty();
    }

    public String costModel() {
        return pricer.cost().name();
    }
}
