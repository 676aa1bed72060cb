package org.servelab.cli;

import org.servelab.policy.batch.PredictedLengths;
import org.servelab.seqsched.Predictor;
import org.servelab.seqsched.QuerySet;
import org.servelab.seqsched.QuerySources;
import org.servelab.workload.InputException;
import org.servelab.workload.TimedTrace;

/** {@code run --predictor}: the predicted output lengths sjf and srpt rank by. */
final class PredictorOption {

    private PredictorOption() {
    }

    /**
     * The predictions for the trace's jobs, or {@code null} when no predictor is named.
     *
     * @param ranking whether a named policy ranks by length (else a predictor would change nothing)
     */
    static PredictedLengths lengths(String spec, TimedTrace trace, long seed, boolean ranking) {
        if (spec == null) {
            return null;
        }
        Predictor p;
        try {
            p = Predictor.parse(spec);
        } catch (IllegalArgumentException e) {
            throw InputException.parameter("--predictor", e.getMessage());
        }
        if (p.kind() == Predictor.Kind.VANILLA) {
            throw InputException.parameter("--predictor", "vanilla predicts the same length for every job: nothing "
                    + "to rank by (use fcfs)");
        }
        if (!ranking) {
            throw InputException.parameter("--predictor", "only sjf and srpt rank by length; name one of them in "
                    + "--policy");
        }
        QuerySet queries = QuerySources.fromTrace(trace.trace());
        String why = p.unusableFor(queries);
        if (why != null) {
            throw InputException.parameter("--predictor", why);
        }
        return new PredictedLengths(p.name(), p.raw(queries, Integer.MAX_VALUE, seed));
    }
}
