package org.servelab.policy.batch;

/**
 * Speculative decoding (Leviathan et al., ICML 2023): each decode of a job drafts {@code g} tokens with a
 * small model and verifies them with the target in one pass. Each draft token is accepted with
 * probability {@code a} independently, up to the first rejection; the target then adds one token of its
 * own, so a decode makes {@code 1 + accepted} tokens (1 to g + 1; the expectation is
 * {@code (1 - a^(g+1)) / (1 - a)}). The verification processes {@code g + 1} tokens per sequence and the
 * drafts cost {@code g * c} of a decode step, so at batch size 1 the expected speed-up of decoding is
 * {@code (1 - a^(g+1)) / ((1 - a)(g c + 1))}. Draws come from the run's own seeded generator.
 *
 * @param draftLength g, tokens drafted per decode, at least 1
 * @param acceptance  a, the probability that a draft token is accepted, in [0, 1]
 * @param draftCost   c, the cost of one draft step relative to a target decode step, at least 0
 * @param seed        the seed of the run's acceptance draws
 */
public record Speculation(int draftLength, double acceptance, double draftCost, long seed) {

    public Speculation {
        if (draftLength < 1) {
            throw new IllegalArgumentException("draft length must be at least 1, got " + draftLength);
        }
        if (!(acceptance >= 0 && acceptance <= 1)) {
            throw new IllegalArgumentException("acceptance rate must be between 0 and 1, got " + acceptance);
        }
        if (!(draftCost >= 0) || Double.isInfinite(draftCost)) {
            throw new IllegalArgumentException("draft cost ratio must be a number >= 0, got " + draftCost);
        }
    }

    /** The expected decoding speed-up at batch size 1: {@code (1 - a^(g+1)) / ((1 - a)(g c + 1))}. */
    public double expectedSpeedup() {
        return expectedTokensPerDecode() / (draftLength * draftCost + 1);
    }

    /** Expected tokens one decode makes: {@code (1 - a^(g+1)) / (1 - a)}, or g + 1 when a = 1. */
    public double expectedTokensPerDecode() {
        if (acceptance == 1) {
            return draftLength + 1;
        }
        return (1 - Math.pow(acceptance, draftLength + 1)) / (1 - acceptance);
    }
}
