package org.servelab.workload;

/**
 * One request of a trace.
 *
 * @param id            the job's name, unique in its trace
 * @param arrival       arrival time in the trace's unit
 * @param promptTokens  input length
 * @param outputTokens  tokens to generate, at least 1 (the prefill makes the first)
 * @param prefillTime   explicit duration of the first iteration, or {@code null} to take it from a cost model
 * @param decodeTime    explicit duration of each later iteration, or {@code null} to take it from a cost model
 * @param predicted     a predicted output length in tokens (at least 1), or {@code null}: what a length predictor
 *                      said before the job ran, for schedulers that rank by it (docs/experiments.md)
 */
public record Job(String id, double arrival, int promptTokens, int outputTokens, Double prefillTime,
                  Double decodeTime, Integer predicted) {

    public Job {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("job id must not be blank");
        }
        if (!(arrival >= 0) || Double.isInfinite(arrival)) {
            throw new IllegalArgumentException("job " + id + ": arrival must be a finite number >= 0");
        }
        if (promptTokens < 0) {
            throw new IllegalArgumentException("job " + id + ": promptTokens must be >= 0");
        }
        if (outputTokens < 1) {
            throw new IllegalArgumentException("job " + id + ": outputTokens must be >= 1");
        }
        arrival = arrival + 0.0;
        if (prefillTime != null && !(prefillTime > 0 && !prefillTime.isInfinite())) {
            throw new IllegalArgumentException("job " + id + ": prefillTime must be > 0");
        }
        if (decodeTime != null && !(decodeTime > 0 && !decodeTime.isInfinite())) {
            throw new IllegalArgumentException("job " + id + ": decodeTime must be > 0");
        }
        if (predicted != null && predicted < 1) {
            throw new IllegalArgumentException("job " + id + ": predicted must be >= 1");
        }
    }

    /** A job without a predicted length. */
    public Job(String id, double arrival, int promptTokens, int outputTokens, Double prefillTime, Double decodeTime) {
        this(id, arrival, promptTokens, outputTokens, prefillTime, decodeTime, null);
    }

    /** A job whose iteration times come from a cost model. */
    public static Job of(String id, double arrival, int promptTokens, int outputTokens) {
        return new Job(id, arrival, promptTokens, outputTokens, null, null);
    }

    public boolean hasExplicitTimes() {
        return prefillTime != null && decodeTime != null;
    }

    public Job withArrival(double newArrival) {
        return new Job(id, newArrival, promptTokens, outputTokens, prefillTime, decodeTime, predicted);
    }
}
