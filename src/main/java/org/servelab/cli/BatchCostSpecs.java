package org.servelab.cli;

import java.util.Locale;

import org.servelab.cost.AffineCost;
import org.servelab.cost.BatchCostModel;
import org.servelab.workload.InputException;

/** Which {@code --cost-model} values price whole batches, and the models they name. */
final class BatchCostSpecs {

    private BatchCostSpecs() {
    }

    static boolean isBatch(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        return s.equals(AffineCost.STEP_10MS) || s.startsWith("affine:") || s.startsWith("roofline:");
    }

    static BatchCostModel parse(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals(AffineCost.STEP_10MS)) {
            return AffineCost.step10ms();
        }
        throw InputException.parameter("--cost-model", "unknown batch cost model '" + spec + "'");
    }
}
