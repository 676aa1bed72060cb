package org.servelab.engine;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** Random batch-1 traces for property tests: small integers and halves make ties and coincidences common. */
final class RandomTraces {

    private RandomTraces() {
    }

    static Arbitrary<Job> job() {
        Arbitrary<Double> arrival = Arbitraries.integers().between(0, 60).map(i -> i / 2.0);
        Arbitrary<Double> prefill = Arbitraries.integers().between(1, 20).map(i -> i / 2.0);
        Arbitrary<Double> decode = Arbitraries.integers().between(1, 6).map(i -> i / 2.0);
        Arbitrary<Integer> tokens = Arbitraries.integers().between(1, 9);
        return Combinators.combine(arrival, prefill, decode, tokens)
                .as((a, p, d, n) -> new Job("x", a, 0, n, p, d));
    }

    static Arbitrary<TimedTrace> traces() {
        return job().list().ofMinSize(1).ofMaxSize(25).map(RandomTraces::named);
    }

    static TimedTrace named(List<Job> jobs) {
        List<Job> out = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            out.add(new Job("J" + (i + 1), j.arrival(), j.promptTokens(), j.outputTokens(), j.prefillTime(),
                    j.decodeTime()));
        }
        return TimedTrace.explicit(new Trace("random", TimeUnit.MS, out));
    }
}
