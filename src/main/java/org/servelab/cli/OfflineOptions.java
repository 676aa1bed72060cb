package org.servelab.cli;

import java.util.Locale;

import picocli.CommandLine.Option;

import org.servelab.seqsched.BatchSettings;
import org.servelab.workload.InputException;

/** Sizes of an offline batch run: groups, batches, the max length, and whether predictions are priced. */
public final class OfflineOptions {

    @Option(names = "--group-size", paramLabel = "N", defaultValue = "256",
            description = "Queries scheduled together, in data order (default: ${DEFAULT-VALUE}).")
    int groupSize;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "16",
            description = "Queries per static batch without VBS, and per FCR re-run (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "512",
            description = "No batch runs more iterations; longer responses are cut (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--prediction-cost", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Price the predictions' batches (128 queries: a prefill and 7 decodes): auto when the served "
                    + "model predicts (noisy, trace), always, or never (default: ${DEFAULT-VALUE}).")
    String predictionCost;

    /** The settings; a bad value is one line naming its option. */
    public BatchSettings settings(long seed) {
        atLeastOne("--group-size", groupSize);
        atLeastOne("--batch-size", batchSize);
        atLeastOne("--max-length", maxLength);
        BatchSettings.PredictionCost cost;
        try {
            cost = BatchSettings.PredictionCost.valueOf(predictionCost.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InputException.parameter("--prediction-cost", "'" + predictionCost + "' is not auto, always or never");
        }
        return new BatchSettings(groupSize, batchSize, maxLength, cost, seed);
    }

    private static void atLeastOne(String option, int v) {
        if (v < 1) {
            throw InputException.parameter(option, "must be at least 1, got " + v);
        }
    }
}
