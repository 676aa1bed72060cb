package org.servelab.experiment;

import java.util.Locale;

/**
 * A policy with its MLFQ knobs; the knobs are 0 / {@code NaN} for FCFS and SRPT, which have none.
 *
 * @param policy      the policy's name, lower case
 * @param queues      {@code Queue_num}, or 0
 * @param quantumRate {@code Quantum_rate}, or {@code NaN}
 * @param quantum     {@code Quantum} as asked ({@code NaN}: the default, the smallest iteration time)
 */
public record PolicyConfig(String policy, int queues, double quantumRate, double quantum) {

    public PolicyConfig {
        policy = policy.trim().toLowerCase(Locale.ROOT);
    }

    /** A policy without knobs. */
    public static PolicyConfig single(String policy) {
        return new PolicyConfig(policy, 0, Double.NaN, Double.NaN);
    }

    public boolean isMlfq() {
        return SweepPoint.isMlfq(policy);
    }

    /** A short label: {@code skip-join-mlfq (Q=4, r=2, q=auto)}. */
    public String label() {
        if (!isMlfq()) {
            return policy;
        }
        return policy + " (Q=" + queues + ", r=" + NumberText.of(quantumRate) + ", q="
                + (Double.isNaN(quantum) ? ValueLists.AUTO : NumberText.of(quantum)) + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PolicyConfig)) {
            return false;
        }
        PolicyConfig c = (PolicyConfig) o;
        return policy.equals(c.policy) && queues == c.queues && Double.compare(quantumRate, c.quantumRate) == 0
                && Double.compare(quantum, c.quantum) == 0;
    }

    @Override
    public int hashCode() {
        return ((policy.hashCode() * 31 + queues) * 31 + Double.hashCode(quantumRate)) * 31 + Double.hashCode(quantum);
    }
}
