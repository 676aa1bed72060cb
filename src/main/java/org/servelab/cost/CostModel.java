package org.servelab.cost;

/**
 * How long an iteration takes, from the shape of the work. For batch size 1 an iteration is one job's
 * prefill (the whole prompt) or one decode step.
 *
 * <p>Batching policies will add a method that prices a whole batch (the sum of prompt tokens being
 * prefilled and the number of sequences decoding); the single-job methods stay as the batch-of-one case.
 */
public interface CostModel {

    /** The model's name as the user writes it ({@code opt-1.3b}, a profile file's name). */
    String name();

    /** Duration of the first iteration of a job with this many prompt tokens, in the model's time unit. */
    double prefillTime(int promptTokens);

    /** Duration of each later iteration of a job with this many prompt tokens. */
    double decodeTime(int promptTokens);

    /** The time unit symbol of the durations ({@code ms} for the built-in profiles). */
    default String timeUnit() {
        return "ms";
    }
}
