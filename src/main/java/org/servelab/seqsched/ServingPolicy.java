package org.servelab.seqsched;

/**
 * A continuous-batching policy of the engine as the online studies name it: {@code fcfs}, or {@code sjf} /
 * {@code srpt} ranked by a predictor's lengths ({@code null}: by the true lengths, as oracles).
 *
 * @param policy    the engine's policy name
 * @param predictor what ranks the jobs, or {@code null} for the true lengths
 */
public record ServingPolicy(String policy, Predictor predictor) {

    public static ServingPolicy fcfs() {
        return new ServingPolicy("fcfs", null);
    }

    /** The label in tables and legends: {@code sjf (noisy:0.4)}, {@code srpt (oracle)}. */
    public String label() {
        if (policy.equals("fcfs")) {
            return policy;
        }
        return policy + " (" + (predictor == null ? "oracle" : predictor.name()) + ")";
    }
}
